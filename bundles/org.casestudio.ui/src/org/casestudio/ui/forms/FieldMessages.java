package org.casestudio.ui.forms;

import org.eclipse.osgi.util.NLS;

/**
 * Texts of the Markdown previews, the translations, sources, photos and answer options on the
 * forms, translatable through fields*.properties.
 */
final class FieldMessages extends NLS {
	private static final String BUNDLE_NAME = "org.casestudio.ui.forms.fields";

	public static String Form_CannotWrite;
	public static String Preview_Label;
	public static String Preview_Image;
	public static String Translations_Label;
	public static String Translations_Language;
	public static String Translations_OutOfDate;
	public static String Translations_OutOfDateHint;
	public static String Translations_MarkUpToDate;
	public static String Translations_FromFile;
	public static String Section_Sources;
	public static String Section_Sources_Description;
	public static String Section_Photos;
	public static String Section_Photos_Description;
	public static String Section_Options;
	public static String Section_Options_Description;
	public static String Field_Authors;
	public static String Field_Date;
	public static String Field_Publisher;
	public static String Field_Link;
	public static String Field_Notes;
	public static String Field_CitedFor;
	public static String Field_File;
	public static String Field_Alt;
	public static String Field_Caption;
	public static String Field_Credit;
	public static String Field_RightOrWrong;
	public static String Field_Option;
	public static String Field_Feedback;
	public static String Field_ExpectedAnswer;
	public static String New_Photo;
	public static String Translations_FromFileHint;
	public static String Translations_OpenFile;
	public static String Translations_CannotOpen;
	public static String Translations_Objective;
	public static String Translations_Lesson;
	public static String Translations_Challenge;
	public static String Translations_SuccessFactor;
	public static String Translations_DayTitle;
	public static String Translations_DayPlace;
	public static String Translations_SessionTitle;
	public static String Translations_ParticipantName;
	public static String Translations_ParticipantRole;
	public static String Translations_PlanTitle;
	public static String Translations_PhotoAlt;
	public static String Translations_PhotoCaption;
	public static String Translations_PracticeTitle;
	public static String Translations_PracticeSector;
	public static String Translations_PracticeChannel;
	public static String Translations_Event;
	public static String Translations_IndicatorLabel;
	public static String Translations_IndicatorUnit;
	public static String Translations_ChampionName;
	public static String Translations_ChampionRole;
	public static String Translations_Question;
	public static String Translations_Option;
	public static String Translations_Feedback;
	public static String Section_DayPhotos;
	public static String Field_Fact;
	public static String Field_FactValue;
	public static String Choose_Fact_Title;
	public static String Choose_Fact_Message;
	public static String Form_NotAFactValue;
	public static String Field_EditionTitle;
	public static String Field_DailyReflection;
	public static String Section_Session;
	public static String Section_Session_Description;
	public static String Field_Outputs;
	public static String Translations_Output;
	public static String Field_Resources;
	public static String Field_PlanTimeline;
	public static String Field_Actions;
	public static String Translations_Action;
	public static String Section_Practice;
	public static String Field_TraditionalKnowledge;
	public static String Field_Techniques;
	public static String Translations_Technique;
	public static String Translations_PartnershipTitle;
	public static String Field_SharedInvestment;
	public static String Section_Partner;
	public static String Field_Investments;
	public static String Field_Gives;
	public static String Translations_Commitment;
	public static String Translations_Investment;
	public static String Translations_Contribution;

	static {
		NLS.initializeMessages(BUNDLE_NAME, FieldMessages.class);
	}

	private FieldMessages() {
	}
}
