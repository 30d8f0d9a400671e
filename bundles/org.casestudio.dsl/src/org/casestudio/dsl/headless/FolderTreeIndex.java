package org.casestudio.dsl.headless;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ChunkedResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;

import com.google.inject.Injector;

/**
 * Every loaded file indexed once, by name, so that resolving an id or checking that it is unique
 * costs a look-up instead of a scan of every file: validation grows linearly with the library.
 */
final class FolderTreeIndex {

	private static final String INDEX = "folder-tree";

	private final IResourceDescription.Manager descriptionManager;
	private final ResourceDescriptionsData index;

	private FolderTreeIndex(IResourceDescription.Manager descriptionManager, ResourceDescriptionsData index) {
		this.descriptionManager = descriptionManager;
		this.index = index;
	}

	/** Indexes the resources and attaches the index to their resource set. */
	static FolderTreeIndex build(Injector injector, XtextResourceSet resourceSet, Collection<Resource> resources) {
		IResourceDescription.Manager manager = injector.getInstance(IResourceDescription.Manager.class);
		List<IResourceDescription> descriptions = new ArrayList<>();
		for (Resource resource : resources) {
			descriptions.add(manager.getResourceDescription(resource));
		}
		ResourceDescriptionsData index = new ResourceDescriptionsData(descriptions);
		new ChunkedResourceDescriptions(Map.of(INDEX, index), resourceSet);
		return new FolderTreeIndex(manager, index);
	}

	/** Updates the index after a file's text changed. */
	void update(Resource resource) {
		index.removeDescription(resource.getURI());
		index.addDescription(resource.getURI(), descriptionManager.getResourceDescription(resource));
	}

	/** Takes a file that is gone (or could not be loaded again) out of the index. */
	void remove(URI uri) {
		index.removeDescription(uri);
	}

	/** The file's description as the index holds it, or null. */
	IResourceDescription description(URI uri) {
		return index.getResourceDescription(uri);
	}
}
