package org.casestudio.dsl.ide;


/** Binds the hand-written editor-neutral services (content assist, highlighting...) of the language. */
public class CaseStudioIdeModule extends AbstractCaseStudioIdeModule {
}
