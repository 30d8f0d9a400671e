package org.casestudio.export.print;

/**
 * POI, and PDFBox through commons-logging, log through the Log4j API, which complains on stderr
 * when no logging back end is installed: its simple provider shows errors only. Set before either
 * library logs; a caller's own choice of provider is kept.
 */
final class QuietLogs {

	private QuietLogs() {
	}

	static synchronized void install() {
		if (System.getProperty("log4j.provider") == null) {
			System.setProperty("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
		}
	}
}
