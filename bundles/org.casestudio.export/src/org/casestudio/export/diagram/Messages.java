package org.casestudio.export.diagram;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {

	public static String NotAPartner;
	public static String Broker;
	public static String BrokerAndRole;
	public static String Partnership;
	public static String DiagramTitle;
	public static String DiagramPartner;
	public static String DiagramBroker;
	public static String DiagramGives;
	public static String DiagramGivesToAll;
	public static String DiagramKey;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
