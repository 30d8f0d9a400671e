package org.casestudio.export.pack;

import org.casestudio.model.ActorKind;
import org.casestudio.model.AgreementType;
import org.casestudio.model.PartnerRole;
import org.casestudio.model.PartnershipKind;
import org.casestudio.model.SessionKind;
import org.eclipse.osgi.util.NLS;

/** The words a pack uses for the model's enumerations and places; translatable in labels.properties. */
public final class Labels extends NLS {

	public static String Village;
	public static String District;
	public static String Province;

	public static String Actor_other;
	public static String Actor_producerGroup;
	public static String Actor_cooperative;
	public static String Actor_company;
	public static String Actor_trader;
	public static String Actor_publicAgency;
	public static String Actor_programme;
	public static String Actor_donor;
	public static String Actor_ngo;
	public static String Actor_knowledgeBroker;
	public static String Actor_research;

	public static String Role_public;
	public static String Role_private;
	public static String Role_producer;
	public static String Role_other;

	public static String Kind_ppp;
	public static String Kind_fourP;
	public static String Kind_other;

	public static String Agreement_formalContract;
	public static String Agreement_mou;
	public static String Agreement_informal;
	public static String Agreement_offTake;
	public static String Agreement_contractFarming;
	public static String Agreement_partnershipAgreement;
	public static String Agreement_jointBusinessPlan;
	public static String Agreement_letterOfIntent;

	public static String Session_opening;
	public static String Session_panel;
	public static String Session_fieldVisit;
	public static String Session_caseAnalysis;
	public static String Session_reflection;
	public static String Session_innovationWorkshop;
	public static String Session_closing;
	public static String Session_travel;
	public static String Session_other;

	static {
		NLS.initializeMessages(Labels.class.getPackageName() + ".labels", Labels.class);
	}

	private Labels() {
	}

	/** The key of an actor kind's word in labels.properties (for the words of a pack's language). */
	public static String actorKey(ActorKind kind) {
		return "Actor_" + switch (kind == null ? ActorKind.OTHER : kind) {
		case OTHER -> "other";
		case PRODUCER_GROUP -> "producerGroup";
		case COOPERATIVE -> "cooperative";
		case COMPANY -> "company";
		case TRADER -> "trader";
		case PUBLIC_AGENCY -> "publicAgency";
		case PROGRAMME -> "programme";
		case DONOR -> "donor";
		case NGO -> "ngo";
		case KNOWLEDGE_BROKER -> "knowledgeBroker";
		case RESEARCH -> "research";
		};
	}

	public static String roleKey(PartnerRole role) {
		return "Role_" + (role == null ? PartnerRole.OTHER : role).getLiteral();
	}

	public static String kindKey(PartnershipKind kind) {
		return switch (kind) {
		case PPP -> "Kind_ppp";
		case FOUR_P -> "Kind_fourP";
		case OTHER, UNSPECIFIED -> "Kind_other";
		};
	}

	public static String agreementKey(AgreementType type) {
		return "Agreement_" + switch (type) {
		case FORMAL_CONTRACT -> "formalContract";
		case MOU -> "mou";
		case INFORMAL, UNSPECIFIED -> "informal";
		case OFF_TAKE -> "offTake";
		case CONTRACT_FARMING -> "contractFarming";
		case PARTNERSHIP_AGREEMENT -> "partnershipAgreement";
		case JOINT_BUSINESS_PLAN -> "jointBusinessPlan";
		case LETTER_OF_INTENT -> "letterOfIntent";
		};
	}

	public static String sessionKey(SessionKind kind) {
		return "Session_" + switch (kind) {
		case OPENING -> "opening";
		case PANEL -> "panel";
		case FIELD_VISIT -> "fieldVisit";
		case CASE_ANALYSIS -> "caseAnalysis";
		case REFLECTION -> "reflection";
		case INNOVATION_WORKSHOP -> "innovationWorkshop";
		case CLOSING -> "closing";
		case TRAVEL -> "travel";
		case OTHER -> "other";
		};
	}

	public static String actor(ActorKind kind) {
		return switch (kind == null ? ActorKind.OTHER : kind) {
		case OTHER -> Actor_other;
		case PRODUCER_GROUP -> Actor_producerGroup;
		case COOPERATIVE -> Actor_cooperative;
		case COMPANY -> Actor_company;
		case TRADER -> Actor_trader;
		case PUBLIC_AGENCY -> Actor_publicAgency;
		case PROGRAMME -> Actor_programme;
		case DONOR -> Actor_donor;
		case NGO -> Actor_ngo;
		case KNOWLEDGE_BROKER -> Actor_knowledgeBroker;
		case RESEARCH -> Actor_research;
		};
	}

	public static String role(PartnerRole role) {
		return switch (role == null ? PartnerRole.OTHER : role) {
		case PUBLIC -> Role_public;
		case PRIVATE -> Role_private;
		case PRODUCER -> Role_producer;
		case OTHER -> Role_other;
		};
	}

	public static String kind(PartnershipKind kind) {
		return switch (kind) {
		case PPP -> Kind_ppp;
		case FOUR_P -> Kind_fourP;
		case OTHER, UNSPECIFIED -> Kind_other;
		};
	}

	public static String agreement(AgreementType type) {
		return switch (type) {
		case FORMAL_CONTRACT -> Agreement_formalContract;
		case MOU -> Agreement_mou;
		case INFORMAL, UNSPECIFIED -> Agreement_informal;
		case OFF_TAKE -> Agreement_offTake;
		case CONTRACT_FARMING -> Agreement_contractFarming;
		case PARTNERSHIP_AGREEMENT -> Agreement_partnershipAgreement;
		case JOINT_BUSINESS_PLAN -> Agreement_jointBusinessPlan;
		case LETTER_OF_INTENT -> Agreement_letterOfIntent;
		};
	}

	public static String session(SessionKind kind) {
		return switch (kind) {
		case OPENING -> Session_opening;
		case PANEL -> Session_panel;
		case FIELD_VISIT -> Session_fieldVisit;
		case CASE_ANALYSIS -> Session_caseAnalysis;
		case REFLECTION -> Session_reflection;
		case INNOVATION_WORKSHOP -> Session_innovationWorkshop;
		case CLOSING -> Session_closing;
		case TRAVEL -> Session_travel;
		case OTHER -> Session_other;
		};
	}
}
