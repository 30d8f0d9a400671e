package org.casestudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.casestudio.dsl.CaseStudioRuntimeModule;
import org.casestudio.dsl.CaseStudioStandaloneSetup;
import org.casestudio.dsl.validation.IssueCodes;
import org.casestudio.model.Document;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.preferences.IPreferenceValuesProvider;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.GlobalRegistries;
import org.eclipse.xtext.testing.GlobalRegistries.GlobalStateMemento;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.util.Modules2;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.google.inject.Guice;
import com.google.inject.Injector;

/** The severity of an optional check follows the preferences; without any it is a warning. */
class SeverityPreferencesTest {

	@ParameterizedTest
	@CsvSource({ "'', WARNING", "error, ERROR", "info, INFO", "ignore, ''" })
	void caseWithoutLessonHasTheChosenSeverity(String preference, String expected) throws Exception {
		Map<String, String> values = preference.isEmpty() ? Map.of()
				: Map.of(IssueCodes.CASE_WITHOUT_LESSON, preference);
		GlobalStateMemento registries = GlobalRegistries.makeCopyOfGlobalState();
		try {
			check(values, expected);
		} finally {
			registries.restoreGlobalState();
		}
	}

	private static void check(Map<String, String> values, String expected) throws Exception {
		Injector injector = new CaseStudioStandaloneSetup() {
			@Override
			public Injector createInjector() {
				return Guice.createInjector(Modules2.mixin(new CaseStudioRuntimeModule(),
						binder -> binder.bind(IPreferenceValuesProvider.class)
								.toInstance(context -> new MapBasedPreferenceValues(values))));
			}
		}.createInjectorAndDoEMFRegistration();
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		@SuppressWarnings("unchecked")
		ParseHelper<Document> parser = injector.getInstance(ParseHelper.class);
		parser.parse("case bare \"A case without lessons\" end", URI.createURI("a.case"), resourceSet);
		Document route = parser.parse("route r \"A route\" cases bare end", URI.createURI("b.route"), resourceSet);

		List<Severity> severities = injector.getInstance(ValidationTestHelper.class).validate(route).stream()
				.filter(i -> IssueCodes.CASE_WITHOUT_LESSON.equals(i.getCode())).map(Issue::getSeverity).toList();
		assertEquals(expected.isEmpty() ? List.of() : List.of(Severity.valueOf(expected)), severities);
	}
}
