package org.casestudio.ui.editor;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;

import org.casestudio.dsl.headless.AtomicFiles;
import org.casestudio.ui.CaseStudioUi;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceStatus;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.content.IContentDescription;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.MultiRule;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.editors.text.TextFileDocumentProvider;

/**
 * Saves Case Studio files atomically (temporary file, then rename), so that a crash or a full disk
 * during a save never leaves a truncated file. Changes made on disk while the file is open are still
 * detected by the editor, which asks the user what to do.
 */
public class AtomicSaveDocumentProvider extends TextFileDocumentProvider {

	/** Saving also refreshes the file's folder, so the save must hold that folder's refresh rule too. */
	@Override
	protected DocumentProviderOperation createSaveOperation(Object element, IDocument document, boolean overwrite)
			throws CoreException {
		DocumentProviderOperation save = super.createSaveOperation(element, document, overwrite);
		if (save == null || !(element instanceof IFileEditorInput input)) {
			return save;
		}
		ISchedulingRule rule = MultiRule.combine(save.getSchedulingRule(),
				ResourcesPlugin.getWorkspace().getRuleFactory().refreshRule(input.getFile()));
		return new DocumentProviderOperation() {
			@Override
			protected void execute(IProgressMonitor monitor) throws CoreException {
				try {
					save.run(monitor);
				} catch (InvocationTargetException e) {
					if (e.getCause() instanceof CoreException core) {
						throw core;
					}
					throw new CoreException(Status.error(e.getCause().getMessage(), e.getCause()));
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new CoreException(Status.CANCEL_STATUS);
				}
			}

			@Override
			public ISchedulingRule getSchedulingRule() {
				return rule;
			}
		};
	}

	private static byte[] byteOrderMark(IFile file) {
		try {
			IContentDescription description = file.getContentDescription();
			Object mark = description == null ? null : description.getProperty(IContentDescription.BYTE_ORDER_MARK);
			return mark instanceof byte[] bytes ? bytes : new byte[0];
		} catch (CoreException e) {
			return new byte[0];
		}
	}

	@Override
	protected void commitFileBuffer(IProgressMonitor monitor, FileInfo info, boolean overwrite) throws CoreException {
		ITextFileBuffer buffer = info.fTextFileBuffer;
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(buffer.getLocation());
		if (!overwrite && !buffer.isSynchronized()) {
			// Same rule as the default save: never overwrite changes made on disk without asking.
			throw new CoreException(new Status(Status.ERROR, CaseStudioUi.PLUGIN_ID, IResourceStatus.OUT_OF_SYNC_LOCAL,
					NLS.bind(Messages.Save_Failed, file.getName(), "the file was changed on disk"), null));
		}
		long stamp = file.getModificationStamp();
		try {
			Charset charset = Charset.forName(buffer.getEncoding() != null ? buffer.getEncoding() : file.getCharset());
			// Refuse rather than silently turn what the encoding cannot hold into '?'.
			ByteBuffer bytes = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(buffer.getDocument().get()));
			// A byte order mark the file started with is kept, as the default save keeps it.
			byte[] mark = byteOrderMark(file);
			byte[] content = new byte[mark.length + bytes.remaining()];
			System.arraycopy(mark, 0, content, 0, mark.length);
			bytes.get(content, mark.length, bytes.remaining());
			AtomicFiles.write(file.getLocation().toFile().toPath(), content);
		} catch (IOException e) {
			throw new CoreException(new Status(Status.ERROR, CaseStudioUi.PLUGIN_ID,
					NLS.bind(Messages.Save_Failed, file.getName(), e.getMessage()), e));
		}
		// The buffer now matches the file: tell it so before the workspace notices the new content.
		buffer.setDirty(false);
		// A file whose modification stamp is not the one its buffer last read is read again into the
		// document, and that replacement of the whole text went into the undo history: Ctrl+Z after a
		// save undid nothing visible instead of the edit before the save. The workspace's own save
		// keeps the stamp its buffer knows (revertModificationStamp); so does this one, in one
		// workspace operation so that the change is announced with the stamp already kept.
		ResourcesPlugin.getWorkspace().run(operation -> {
			file.refreshLocal(IResource.DEPTH_ZERO, operation);
			file.revertModificationStamp(stamp);
		}, file, IWorkspace.AVOID_UPDATE, monitor);
	}
}
