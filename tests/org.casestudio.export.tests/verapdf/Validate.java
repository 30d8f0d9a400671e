import java.io.FileInputStream;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Profiles;
import org.verapdf.pdfa.validation.profiles.RuleId;
import org.verapdf.pdfa.validation.profiles.ValidationProfile;

/**
 * veraPDF's own validator (the greenfield parser and its profiles, as the veraPDF application runs
 * them) on PDF files, run by the tests as a separate Java program on the jars the build copies:
 * {@code java -cp 'target/verapdf/*' Validate.java ua1,2u a.pdf b.pdf}. The first argument lists
 * the profiles (veraPDF's flavour ids: "ua1" for PDF/UA-1, "2u" for PDF/A-2u). Prints one line per file,
 * "<file>: <profile>: compliant" or "... : N failed checks", then each failed rule once with how
 * often it failed and its first context. Exit status 0 when every file is compliant, 1 when one is
 * not, 2 when a file cannot be read.
 */
public class Validate {

	public static void main(String[] args) throws Exception {
		VeraGreenfieldFoundryProvider.initialise();
		int status = 0;
		for (String id : args[0].split(",")) {
			PDFAFlavour flavour = PDFAFlavour.fromString(id);
			ValidationProfile profile = Profiles.getVeraProfileDirectory().getValidationProfileByFlavour(flavour);
			System.out.println("Profile " + id + ": " + profile.getDetails().getName() + ", " + profile.getRules().size()
					+ " rules");
			for (int i = 1; i < args.length; i++) {
				status = Math.max(status, validate(args[i], flavour));
			}
		}
		System.exit(status);
	}

	/** 0 when the file is compliant with the profile, 1 when it is not, 2 when it cannot be read. */
	private static int validate(String file, PDFAFlavour flavour) {
		try (InputStream in = new FileInputStream(file);
				PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour);
				PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
			ValidationResult result = validator.validate(parser);
			Map<String, int[]> counts = new TreeMap<>();
			Map<String, String> first = new TreeMap<>();
			for (TestAssertion assertion : result.getTestAssertions()) {
				if (assertion.getStatus() != TestAssertion.Status.FAILED) {
					continue;
				}
				RuleId rule = assertion.getRuleId();
				String id = rule.getSpecification().getId() + " " + rule.getClause() + "-" + rule.getTestNumber();
				counts.computeIfAbsent(id, k -> new int[1])[0]++;
				first.putIfAbsent(id, assertion.getMessage() + " [" + assertion.getLocation().getContext() + "]");
			}
			String profile = result.getPDFAFlavour().toString();
			System.out.println(file + ": " + profile + ": "
					+ (result.isCompliant() ? "compliant" : counts.size() + " failed rules")
					+ ", " + result.getTotalAssertions() + " checks");
			counts.forEach((id, n) -> System.out.println("  FAILED " + id + " (" + n[0] + "x): " + first.get(id)));
			return result.isCompliant() ? 0 : 1;
		} catch (Exception e) {
			System.out.println(file + ": " + flavour + ": cannot validate: " + e);
			return 2;
		}
	}
}
