package org.casestudio.dsl;

import org.casestudio.dsl.conversion.CaseStudioStringConverter;
import org.casestudio.dsl.conversion.CaseStudioValueConverters;
import org.casestudio.dsl.linking.CaseStudioLinkingDiagnosticMessageProvider;
import org.casestudio.dsl.parser.CaseStudioPartialParsingHelper;
import org.casestudio.dsl.parser.CaseStudioSyntaxErrorMessageProvider;
import org.casestudio.dsl.scoping.FolderTreeContainerManager;
import org.casestudio.dsl.scoping.FolderTreeGlobalScopeProvider;
import org.casestudio.dsl.validation.CaseStudioIssueCodes;
import org.casestudio.dsl.validation.CaseStudioResourceValidator;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.conversion.impl.STRINGValueConverter;
import org.eclipse.xtext.resource.IContainer;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.parser.antlr.IPartialParsingHelper;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.validation.ConfigurableIssueCodesProvider;
import org.eclipse.xtext.validation.IResourceValidator;

/** Binds the hand-written services of the Case Studio language over the generated defaults. */
public class CaseStudioRuntimeModule extends AbstractCaseStudioRuntimeModule {

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return CaseStudioValueConverters.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return CaseStudioLinkingDiagnosticMessageProvider.class;
	}

	/** Xtext's global scope, without counting the folder tree's files on every look-up. */
	@Override
	public Class<? extends IGlobalScopeProvider> bindIGlobalScopeProvider() {
		return FolderTreeGlobalScopeProvider.class;
	}

	/** Every file of the loaded folder tree sees every other, through the index (see the manager). */
	@Override
	public Class<? extends IContainer.Manager> bindIContainer$Manager() {
		return FolderTreeContainerManager.class;
	}

	public Class<? extends ConfigurableIssueCodesProvider> bindConfigurableIssueCodesProvider() {
		return CaseStudioIssueCodes.class;
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return CaseStudioSyntaxErrorMessageProvider.class;
	}

	/** Texts in quotes whose messages say how to write a backslash. */
	public Class<? extends STRINGValueConverter> bindSTRINGValueConverter() {
		return CaseStudioStringConverter.class;
	}

	/** No rule checks on a file with syntax errors: they would report knock-ons of the error (see the class). */
	public Class<? extends IResourceValidator> bindIResourceValidator() {
		return CaseStudioResourceValidator.class;
	}

	/** Reparses a changed session alone instead of its whole route (see the helper). */
	@Override
	public Class<? extends IPartialParsingHelper> bindIPartialParserHelper() {
		return CaseStudioPartialParsingHelper.class;
	}
}
