package org.casestudio.dsl;

import org.casestudio.model.CaseStudioPackage;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.resource.IResourceServiceProvider;

import com.google.inject.Injector;

/** Sets the language up without the Equinox extension registry (plain JUnit, command line tools). */
public class CaseStudioStandaloneSetup extends CaseStudioStandaloneSetupGenerated {

	public static Injector doSetup() {
		return new CaseStudioStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	@Override
	public void register(Injector injector) {
		// Inside OSGi the model bundle's plugin.xml registers the package; outside it nobody does.
		EPackage.Registry.INSTANCE.putIfAbsent(CaseStudioPackage.eNS_URI, CaseStudioPackage.eINSTANCE);
		super.register(injector);
	}

	/** The injector registered for the language's file extensions, creating it on first use. */
	public static synchronized Injector injector() {
		Object provider = IResourceServiceProvider.Registry.INSTANCE.getExtensionToFactoryMap().get("case");
		if (provider instanceof IResourceServiceProvider resourceServiceProvider) {
			return resourceServiceProvider.get(Injector.class);
		}
		return doSetup();
	}
}
