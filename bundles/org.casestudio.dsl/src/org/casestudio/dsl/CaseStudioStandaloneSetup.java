package org.casestudio.dsl;

import java.util.Map;

import org.casestudio.model.CaseStudioPackage;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.xtext.XtextPackage;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.BinaryGrammarResourceFactoryImpl;

import com.google.inject.Injector;

/** Sets the language up without the Equinox extension registry (plain JUnit, command line tools). */
public class CaseStudioStandaloneSetup extends CaseStudioStandaloneSetupGenerated {

	public static Injector doSetup() {
		return new CaseStudioStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	/**
	 * What the generated setup does, but with only the EMF registrations of Xtext's Terminals
	 * language, not the injector of that language it also builds and drops (it registers no file
	 * extension): a fifth of a command line's validate (BENCHMARKS.md, "The command line as a user
	 * runs it"). Like the Terminals setup, this leaves what is already registered as it is.
	 */
	@Override
	public Injector createInjectorAndDoEMFRegistration() {
		Map<String, Object> factories = Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap();
		if (!factories.containsKey("ecore")) {
			factories.put("ecore", new EcoreResourceFactoryImpl());
		}
		if (!factories.containsKey("xmi")) {
			factories.put("xmi", new XMIResourceFactoryImpl());
		}
		if (!factories.containsKey("xtextbin")) {
			factories.put("xtextbin", new BinaryGrammarResourceFactoryImpl());
		}
		if (!EPackage.Registry.INSTANCE.containsKey(XtextPackage.eNS_URI)) {
			EPackage.Registry.INSTANCE.put(XtextPackage.eNS_URI, XtextPackage.eINSTANCE);
		}
		Injector injector = createInjector();
		register(injector);
		return injector;
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
