package org.casestudio.dsl.validation;

import java.util.List;

import org.casestudio.model.CaseStudioPackage;
import org.casestudio.model.Document;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IContainer;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.EValidatorRegistrar;

import com.google.inject.Inject;

/**
 * Ids must be unique in the whole folder tree, not only in one file: an actor declared twice in two
 * files would make every reference to it ambiguous. Looks each exported name up in the index, so
 * the cost per file is proportional to what the file declares, not to the size of the tree.
 */
public class UniqueIdValidator extends AbstractDeclarativeValidator {

	@Inject
	private ResourceDescriptionsProvider indexProvider;

	@Inject
	private IResourceDescription.Manager descriptionManager;

	/** The file's own folder tree in an index of several (the language server's). */
	@Inject
	private IContainer.Manager containers;

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(CaseStudioPackage.eINSTANCE);
	}

	@Override
	public void register(EValidatorRegistrar registrar) {
		// Runs as a composed check of CaseStudioValidator; registering it too would run it twice.
	}

	@Check(CheckType.NORMAL)
	public void checkUniqueIds(Document document) {
		Resource resource = document.eResource();
		IResourceDescriptions index = indexProvider.getResourceDescriptions(resource);
		IResourceDescription own = descriptionManager.getResourceDescription(resource);
		IContainer tree = containers.getContainer(own, index);
		for (IEObjectDescription declared : own.getExportedObjects()) {
			for (IEObjectDescription other : tree.getExportedObjects(EcorePackage.Literals.EOBJECT,
					declared.getName(), false)) {
				if (!other.getEObjectURI().equals(declared.getEObjectURI())
						&& sameKind(declared.getEClass(), other.getEClass())) {
					EObject element = resource.getEObject(declared.getEObjectURI().fragment());
					if (element != null) {
						error(NLS.bind(Messages.DuplicateId, new Object[] { declared.getName(),
								Vocabulary.kindOf(other.getEClass()), fileName(other.getEObjectURI()) }),
								element, CaseStudioPackage.Literals.NAMED_ELEMENT__NAME, IssueCodes.DUPLICATE_ID);
					}
					break;
				}
			}
		}
	}

	/** Routes, cases and actors share one name space; nested elements clash only with their own kind. */
	private static boolean sameKind(EClass a, EClass b) {
		EClass declaration = CaseStudioPackage.Literals.DECLARATION;
		return a == b || declaration.isSuperTypeOf(a) && declaration.isSuperTypeOf(b);
	}

	private static String fileName(URI uri) {
		URI file = uri.trimFragment();
		return file.isFile() ? file.toFileString() : file.lastSegment();
	}
}
