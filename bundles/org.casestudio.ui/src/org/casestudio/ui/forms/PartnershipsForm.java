package org.casestudio.ui.forms;

import static org.casestudio.model.CaseStudioPackage.Literals.*;

import java.util.ArrayList;
import java.util.List;

import org.casestudio.model.CaseStudioFactory;
import org.casestudio.model.CaseStudy;
import org.casestudio.model.Contribution;
import org.casestudio.model.Partner;
import org.casestudio.model.PartnerRole;
import org.casestudio.model.Partnership;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * The partnerships of a case: the list, the terms of the one selected, its partners with their
 * roles, and beside them the picture of who gives what to whom, redrawn as they are edited.
 */
public final class PartnershipsForm extends ModelForm {

	private final Locator study = Locator.first(CASE_STUDY);
	private ListField partnerships;
	private ListField partners;
	private PartnershipDiagram diagram;

	public PartnershipsForm(FormHost host) {
		super(host, Messages.Page_Partnerships);
	}

	@Override
	protected void createContent(Composite body) {
		Composite left = column(body);
		Composite master = section(left, Messages.Section_Partnerships, null);
		partnerships = add(new ListField(this, master, study, CASE_STUDY__PARTNERSHIPS, List.of(
				ListField.Column.text(Messages.Field_Id, 110, (owner, p) -> ((Partnership) p).getName()),
				ListField.Column.attribute(Messages.Field_Title, 250, NAMED_ELEMENT__TITLE),
				ListField.Column.choice(Messages.Field_Kind, 150, PARTNERSHIP__KIND)), 3,
				owner -> CaseForm.named(CaseStudioFactory.eINSTANCE.createPartnership(), "partnership",
						((CaseStudy) owner).getPartnerships()), false, null));
		TranslationsField.ofRow(this, master, partnerships, NAMED_ELEMENT__TITLE,
				FieldMessages.Translations_PartnershipTitle);
		Locator partnership = Locator.selected(partnerships::selection);

		Composite details = section(left, Messages.Section_PartnershipDetails, null);
		choice(details, Messages.Field_Kind, partnership, PARTNERSHIP__KIND);
		choice(details, Messages.Field_Agreement, partnership, PARTNERSHIP__AGREEMENT);
		text(details, Messages.Field_Product, partnership, PARTNERSHIP__PRODUCT);
		text(details, Messages.Field_Certification, partnership, PARTNERSHIP__CERTIFICATION);
		text(details, Messages.Field_PriceTerms, partnership, PARTNERSHIP__PRICE_TERMS);
		text(details, Messages.Field_VolumeTerms, partnership, PARTNERSHIP__VOLUME_TERMS);
		text(details, Messages.Field_RiskSharing, partnership, PARTNERSHIP__RISK_SHARING);
		text(details, Messages.Field_BenefitSharing, partnership, PARTNERSHIP__BENEFIT_SHARING);
		reference(details, Messages.Field_Broker, partnership, PARTNERSHIP__BROKER);
		text(details, Messages.Field_StartYear, partnership, PARTNERSHIP__START_YEAR);
		text(details, Messages.Field_Duration, partnership, PARTNERSHIP__DURATION_YEARS);
		text(details, Messages.Field_Governance, partnership, PARTNERSHIP__GOVERNANCE);
		text(details, FieldMessages.Field_SharedInvestment, partnership, PARTNERSHIP__SHARED_INVESTMENT);
		Citations.sources(this, left, partnership, PARTNERSHIP__SOURCES);

		Composite right = column(body);
		Composite partnersBox = section(right, Messages.Section_Partners, null);
		partners = add(new ListField(this, partnersBox, partnership, PARTNERSHIP__PARTNERS, List.of(
				ListField.Column.text(Messages.Field_Partner, 210,
						(owner, p) -> Words.reference((EObject) p, PARTNER__ACTOR, ((Partner) p).getActor())),
				ListField.Column.choice(Messages.Field_Role, 130, PARTNER__ROLE),
				ListField.Column.text(Messages.Field_Commitments, 180,
						(owner, p) -> String.join("; ", ((Partner) p).getCommitments()))), 4, null, false, null));
		reference(partnersBox, Messages.Field_Partner, Locator.selected(partners::selection), PARTNER__ACTOR);
		Button addPartner = toolkit().createButton(partnersBox, Messages.Button_Add + " " + Messages.Field_Partner.toLowerCase(),
				SWT.PUSH);
		GridDataFactory.fillDefaults().span(2, 1).align(SWT.END, SWT.CENTER).applyTo(addPartner);
		addPartner.addListener(SWT.Selection, e -> addPartner());

		Composite picture = section(right, Messages.Section_Diagram, null);
		diagram = new PartnershipDiagram(picture);
		toolkit().adapt(diagram);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(400, 340).applyTo(diagram);

		partnerships.onSelection(this::refresh);
		partners.onSelection(this::refresh);

		// What the selected partner commits, invests and gives, each translated when selected: below
		// the diagram, so made when shown (see ModelForm.later).
		later(right, () -> {
			Locator partner = Locator.selected(partners::selection);
			Composite partnerBox = section(right, FieldMessages.Section_Partner, null);
			texts(partnerBox, Messages.Field_Commitments, partner, PARTNER__COMMITMENTS, 480,
					FieldMessages.Translations_Commitment);
			texts(partnerBox, FieldMessages.Field_Investments, partner, PARTNER__INVESTMENTS, 480,
					FieldMessages.Translations_Investment);
			ListField contributions = add(new ListField(this, partnerBox, partner, PARTNER__CONTRIBUTIONS, List.of(
					ListField.Column.attribute(FieldMessages.Field_Gives, 300, CONTRIBUTION__WHAT),
					ListField.Column.text(Messages.Field_To, 180, (owner, c) -> Words.reference((EObject) c,
							CONTRIBUTION__TO, ((Contribution) c).getTo()))), 2, owner -> {
								Contribution contribution = CaseStudioFactory.eINSTANCE.createContribution();
								contribution.setWhat(Messages.New_Item);
								return contribution;
							}, false, null));
			TranslationsField.ofRow(this, partnerBox, contributions, CONTRIBUTION__WHAT,
					FieldMessages.Translations_Contribution);
		});
	}

	private void addPartner() {
		if (!isEditable()) {
			return;
		}
		Field owner = fields().stream().filter(f -> f.feature == PARTNERSHIP__BROKER).findFirst().orElseThrow();
		List<Candidate> chosen = choose(owner, PARTNER__ACTOR, true);
		if (chosen.isEmpty()) {
			return;
		}
		write(partners, root -> {
			EObject element = Locator.selected(partnerships::selection).find(root);
			if (element instanceof Partnership partnership) {
				for (Candidate candidate : chosen) {
					Partner partner = CaseStudioFactory.eINSTANCE.createPartner();
					partner.setRole(PartnerRole.OTHER);
					partner.setActor((org.casestudio.model.Actor) candidate.in(EcoreUtil.getRootContainer(element)));
					partnership.getPartners().add(partner);
				}
			}
		});
	}

	@Override
	public void refresh() {
		super.refresh();
		if (partnerships == null) {
			return;
		}
		if (partnerships.selected() < 0 && !partnerships.rows().isEmpty()) {
			partnerships.select(0);
			return;
		}
		diagram.show(host.session().read(resource -> picture(Locator.selected(partnerships::selection)
				.find(resource.getContents().isEmpty() ? null : resource.getContents().get(0)))));
	}

	/** What the diagram draws, read from the model: partners with their roles, and what flows between them. */
	private static PartnershipDiagram.Picture picture(EObject element) {
		if (!(element instanceof Partnership partnership)) {
			return PartnershipDiagram.Picture.EMPTY;
		}
		List<PartnershipDiagram.Node> nodes = new ArrayList<>();
		List<PartnershipDiagram.Flow> flows = new ArrayList<>();
		for (Partner partner : partnership.getPartners()) {
			String name = name(partner.getActor());
			nodes.add(new PartnershipDiagram.Node(name, Words.of(partner.getRole()), partner.getRole()));
		}
		for (Partner partner : partnership.getPartners()) {
			for (Contribution contribution : partner.getContributions()) {
				flows.add(new PartnershipDiagram.Flow(name(partner.getActor()),
						contribution.getTo() == null ? null : name(contribution.getTo()), contribution.getWhat()));
			}
		}
		return new PartnershipDiagram.Picture(partnership.getTitle(), nodes, flows);
	}

	private static String name(org.casestudio.model.Actor actor) {
		if (actor == null) {
			return "?";
		}
		if (actor.eIsProxy()) {
			return "?";
		}
		return actor.getTitle() != null ? actor.getTitle() : actor.getName();
	}

	/** Selects the partnership whose text holds the offset. */
	@Override
	public void reveal(int offset) {
		int index = host.session().read(resource -> {
			EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
			EObject owner = root == null ? null : study.find(root);
			if (!(owner instanceof CaseStudy study)) {
				return -1;
			}
			for (int i = 0; i < study.getPartnerships().size(); i++) {
				ICompositeNode node = NodeModelUtils.getNode(study.getPartnerships().get(i));
				if (node != null && node.getOffset() <= offset && offset <= node.getEndOffset()) {
					return i;
				}
			}
			return -1;
		});
		if (index >= 0 && index != partnerships.selected()) {
			partnerships.select(index);
		}
	}

	public PartnershipDiagram diagram() {
		return diagram;
	}
}
