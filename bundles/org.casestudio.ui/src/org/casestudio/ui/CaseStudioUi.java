package org.casestudio.ui;

import org.casestudio.dsl.CaseStudioRuntimeModule;
import org.casestudio.dsl.ide.CaseStudioIdeModule;
import org.casestudio.dsl.ide.CaseStudioIdeSetup;
import org.casestudio.ui.preferences.ValidationPreferences;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ImageRegistry;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.eclipse.xtext.preferences.IPreferenceValuesProvider;
import org.eclipse.xtext.util.Modules2;
import org.osgi.framework.BundleContext;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;

/** The Case Studio desktop bundle: holds the language's injector and the shared images. */
public class CaseStudioUi extends AbstractUIPlugin {

	public static final String PLUGIN_ID = "org.casestudio.ui";

	/** Images of the application, by path under icons/. */
	public static final String IMAGE_ROUTE = "icons/route.png";
	public static final String IMAGE_CASE = "icons/case.png";
	public static final String IMAGE_ACTOR = "icons/actor.png";
	public static final String IMAGE_ELEMENT = "icons/element.png";
	public static final String IMAGE_APP = "icons/casestudio-32.png";

	private static CaseStudioUi instance;

	private volatile Injector injector;

	public static CaseStudioUi getDefault() {
		return instance;
	}

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		instance = null;
		super.stop(context);
	}

	/** The language with its editor-neutral services, created once on first use. */
	public Injector getInjector() {
		Injector result = injector;
		if (result == null) {
			synchronized (this) {
				result = injector;
				if (result == null) {
					result = new DesktopSetup().createInjectorAndDoEMFRegistration();
					injector = result;
				}
			}
		}
		return result;
	}

	/** The language as the desktop runs it: its severities come from the preferences. */
	private static final class DesktopSetup extends CaseStudioIdeSetup {
		@Override
		public Injector createInjector() {
			Module desktop = binder -> binder.bind(IPreferenceValuesProvider.class).to(ValidationPreferences.class);
			return Guice.createInjector(
					Modules2.mixin(new CaseStudioRuntimeModule(), new CaseStudioIdeModule(), desktop));
		}
	}

	@Override
	protected void initializeImageRegistry(ImageRegistry registry) {
		for (String path : new String[] { IMAGE_ROUTE, IMAGE_CASE, IMAGE_ACTOR, IMAGE_ELEMENT, IMAGE_APP }) {
			registry.put(path, ImageDescriptor.createFromURL(getBundle().getEntry(path)));
		}
	}

	public static void log(String message, Throwable error) {
		ILog.of(CaseStudioUi.class).log(new Status(IStatus.ERROR, PLUGIN_ID, message, error));
	}
}
