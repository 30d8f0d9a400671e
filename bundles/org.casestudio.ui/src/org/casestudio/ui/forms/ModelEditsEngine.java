package org.casestudio.ui.forms;

/** Binds the forms to the language's edit engine of dsl.ide. */
final class ModelEditsEngine {

	private ModelEditsEngine() {
	}

	static EditEngine create() {
		return null;
	}
}
