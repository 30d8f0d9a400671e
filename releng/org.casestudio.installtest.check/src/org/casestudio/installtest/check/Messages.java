package org.casestudio.installtest.check;

import org.eclipse.osgi.util.NLS;

/** Texts of the install check, translatable through messages*.properties. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.casestudio.installtest.check.messages";

	public static String Usage;
	public static String Passed;
	public static String Failed;
	public static String Summary;
	public static String BundleResolved;
	public static String BundleMissing;
	public static String BundleUnresolved;
	public static String ContentType;
	public static String ContentTypeWrong;
	public static String PackageRegistered;
	public static String PackageMissing;
	public static String SetupFailed;
	public static String FactoryRegistered;
	public static String FactoryMissing;
	public static String FileParsed;
	public static String FileHasErrors;
	public static String NoFiles;
	public static String Contribution;
	public static String ContributionMissing;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
