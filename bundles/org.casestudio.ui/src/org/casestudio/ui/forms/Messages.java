package org.casestudio.ui.forms;

import org.eclipse.osgi.util.NLS;

/** Texts of the form pages, translatable through messages*.properties. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.casestudio.ui.forms.messages";

	public static String Page_Route;
	public static String Page_Case;
	public static String Page_Actors;
	public static String Page_Partnerships;
	public static String Page_Source;
	public static String Page_About;
	public static String Page_Story;
	public static String Page_Agenda;
	public static String Page_Participants;
	public static String Page_Practices;
	public static String Page_Learning;
	public static String Page_Questions;

	public static String Section_Contents;
	public static String Section_Contents_Route;
	public static String Section_Contents_Case;
	public static String Summary_About;
	public static String Summary_Story;
	public static String Summary_Agenda;
	public static String Summary_Participants;
	public static String Summary_Practices;
	public static String Summary_Learning;
	public static String Summary_Questions;
	public static String Summary_Partnerships;

	public static String Form_SyntaxErrors;
	public static String Form_OpenSource;
	public static String Form_Refused;
	public static String Form_NotANumber;
	public static String Form_NotAWholeNumber;
	public static String Form_NotADate;
	public static String Form_Nothing;
	public static String Form_TextChanged;

	public static String Button_Choose;
	public static String Button_ChooseShort;
	public static String Button_Clear;
	public static String Button_Add;
	public static String Button_Remove;
	public static String Button_Up;
	public static String Button_Down;
	public static String Choose_Title;
	public static String Choose_Message;
	public static String Filter_Hint;
	public static String New_Item;
	public static String New_Kind;
	public static String New_Name;
	public static String New_Id;
	public static String New_NameMissing;
	public static String New_IdTaken;
	public static String New_ActorTitle;
	public static String New_ActorDescription;
	public static String New_ParticipantTitle;
	public static String New_ParticipantDescription;
	public static String New_PlanTitle;
	public static String New_PlanDescription;
	public static String None;
	public static String Unspecified;

	public static String Section_General;
	public static String Section_General_Route;
	public static String Section_Organisers;
	public static String Section_Organisations;
	public static String Section_About;
	public static String Section_Objectives;
	public static String Section_Agenda;
	public static String Section_Agenda_Description;
	public static String Section_Sessions;
	public static String Section_Cases;
	public static String Section_Participants;
	public static String Section_Plans;
	public static String Section_Case;
	public static String Section_Place;
	public static String Section_Story;
	public static String Section_ScalingUp;
	public static String Section_Practices;
	public static String Section_Timeline;
	public static String Section_Indicators;
	public static String Section_Learning;
	public static String Section_People;
	public static String Section_Questions;
	public static String Section_Actors;
	public static String Section_ActorDetails;
	public static String Section_Partnerships;
	public static String Section_PartnershipDetails;
	public static String Section_Partners;
	public static String Section_Diagram;

	public static String Field_Id;
	public static String Field_Title;
	public static String Field_Name;
	public static String Field_Subtitle;
	public static String Field_Theme;
	public static String Field_Country;
	public static String Field_Province;
	public static String Field_District;
	public static String Field_Village;
	public static String Field_Edition;
	public static String Field_From;
	public static String Field_To;
	public static String Field_OrganisedBy;
	public static String Field_HostProgramme;
	public static String Field_Funders;
	public static String Field_About;
	public static String Field_Objectives;
	public static String Field_Cases;
	public static String Field_ParticipantOrganisations;
	public static String Field_Host;
	public static String Field_Summary;
	public static String Field_Context;
	public static String Field_ScalingUp;
	public static String Field_Lessons;
	public static String Field_Challenges;
	public static String Field_SuccessFactors;
	public static String Field_Kind;
	public static String Field_EthnicGroup;
	public static String Field_Members;
	public static String Field_Households;
	public static String Field_Women;
	public static String Field_Agreement;
	public static String Field_Product;
	public static String Field_Certification;
	public static String Field_PriceTerms;
	public static String Field_VolumeTerms;
	public static String Field_RiskSharing;
	public static String Field_BenefitSharing;
	public static String Field_Broker;
	public static String Field_StartYear;
	public static String Field_Duration;
	public static String Field_Governance;
	public static String Field_Partner;
	public static String Field_Role;
	public static String Field_Commitments;
	public static String Field_Day;
	public static String Field_Date;
	public static String Field_Place;
	public static String Field_Start;
	public static String Field_Minutes;
	public static String Field_CaseVisited;
	public static String Field_Label;
	public static String Field_Value;
	public static String Field_Unit;
	public static String Field_Baseline;
	public static String Field_Year;
	public static String Field_Source;
	public static String Field_Event;
	public static String Field_Sector;
	public static String Field_MarketChannel;
	public static String Field_Organisation;
	public static String Field_Question;
	public static String Field_Options;
	public static String Field_Status;
	public static String Field_Problem;
	public static String Field_AdaptedFrom;

	public static String Diagram_Gives;
	public static String Diagram_Empty;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
