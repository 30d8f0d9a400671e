package org.casestudio.ui.editor;

import org.eclipse.core.filebuffers.IDocumentSetupParticipant;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension3;
import org.eclipse.jface.text.IDocumentPartitioner;

/** Gives every Case Studio document its partitioning, whoever opens it (editor, rename, wizard). */
public class DocumentSetup implements IDocumentSetupParticipant {

	@Override
	public void setup(IDocument document) {
		if (document instanceof IDocumentExtension3 extension
				&& extension.getDocumentPartitioner(CaseStudioPartitions.PARTITIONING) == null) {
			IDocumentPartitioner partitioner = CaseStudioPartitions.createPartitioner();
			extension.setDocumentPartitioner(CaseStudioPartitions.PARTITIONING, partitioner);
			partitioner.connect(document);
		}
	}
}
