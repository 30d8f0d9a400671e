package org.casestudio.dsl.ide;

import com.google.inject.Guice;
import com.google.inject.Injector;
import org.casestudio.dsl.CaseStudioRuntimeModule;
import org.casestudio.dsl.CaseStudioStandaloneSetup;
import org.eclipse.xtext.util.Modules2;

/** Creates the language's injector with its editor-neutral services, for editors and the language server. */
public class CaseStudioIdeSetup extends CaseStudioStandaloneSetup {

	@Override
	public Injector createInjector() {
		return Guice.createInjector(Modules2.mixin(new CaseStudioRuntimeModule(), new CaseStudioIdeModule()));
	}
	
}
