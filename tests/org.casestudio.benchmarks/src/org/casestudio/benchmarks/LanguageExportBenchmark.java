package org.casestudio.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.casestudio.dsl.CaseStudioStandaloneSetup;
import org.casestudio.dsl.headless.ModelWorkspace;
import org.casestudio.export.ExportFormat;
import org.casestudio.export.ExporterDescriptor;
import org.casestudio.export.TrainingPackExport;
import org.casestudio.export.pack.PackBuilder;
import org.casestudio.export.pack.TextSource;
import org.casestudio.export.pack.TrainingPack;
import org.casestudio.export.web.SiteExporter;
import org.casestudio.model.LearningRoute;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;

import com.google.inject.Injector;

/**
 * What a pack in a second language costs over the pack in the route's own language: the seed route
 * and a generated route, each exported to the offline site in English (as written) and in French
 * with every text translated (the most work a translation can give: every text looked up and
 * replaced, French words and dates), the two alternated run by run so that a warmer JVM or a busier
 * machine favours neither. Each run builds the pack from the loaded model and writes the site.
 *
 * <pre>usage: LanguageExportBenchmark seedFolder [cases] [runs]</pre>
 */
public final class LanguageExportBenchmark {

	/** The overhead a second language may cost (issue 13). */
	private static final double TARGET = 0.20;

	private LanguageExportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path seed = Path.of(args.length > 0 ? args[0] : "seeds/attapeu");
		int cases = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
		int runs = args.length > 2 ? Integer.parseInt(args[2]) : 11;
		Injector injector = CaseStudioStandaloneSetup.injector();
		Path work = Files.createTempDirectory("language-benchmark");
		try {
			Path generated = work.resolve("library");
			CorpusGenerator.writeWithRouteOfAll(generated, cases);

			System.out.printf("Export to the offline site: the route's language (en) vs a second one (fr, every text"
					+ " translated); median of %d alternated runs, after a warm-up%n%n", runs);
			System.out.printf("%-22s %7s %10s %10s %9s %7s%n", "route", "texts", "en", "fr", "overhead", "target");
			row("seed (attapeu)", route(injector, seed, "attapeu"), work, runs);
			row(cases + " generated cases", route(injector, generated, "everything"), work, runs);
		} finally {
			ExportBenchmark.delete(work);
		}
	}

	private static LearningRoute route(Injector injector, Path folder, String id) {
		ModelWorkspace workspace = ModelWorkspace.load(injector, List.of(folder));
		return workspace.routes().stream().filter(r -> id.equals(r.getName())).findFirst().orElseThrow();
	}

	private static void row(String name, LearningRoute route, Path work, int runs) throws Exception {
		Map<String, String> french = translations(route);
		TextSource texts = new TextSource() {
			@Override
			public String sourceLanguage() {
				return "en";
			}

			@Override
			public List<String> packLanguages() {
				return List.of("en", "fr");
			}

			@Override
			public String translation(EObject owner, EStructuralFeature feature, int index, String language) {
				Object value = index < 0 ? owner.eGet(feature) : ((List<?>) owner.eGet(feature)).get(index);
				return french.get(value);
			}
		};
		ExportFormat html = ExporterDescriptor.format("html", "Website (HTML)", SiteExporter::new);
		Path out = work.resolve("pack");
		List<Long> source = new ArrayList<>();
		List<Long> second = new ArrayList<>();
		for (int run = 0; run <= runs; run++) {
			for (String language : run % 2 == 0 ? List.of("en", "fr") : List.of("fr", "en")) {
				ExportBenchmark.delete(out);
				long start = System.nanoTime();
				TrainingPack pack = PackBuilder.build(route, texts, language, List.of());
				new TrainingPackExport(pack, null, Map.of()).run(List.of(html), out, new NullProgressMonitor());
				long time = System.nanoTime() - start;
				if (run > 0) {
					(language.equals("en") ? source : second).add(time);
				}
			}
		}
		double en = median(source);
		double fr = median(second);
		double overhead = fr / en - 1;
		System.out.printf("%-22s %7d %7.0f ms %7.0f ms %8.1f %% %7s%n", name, french.size(), en / 1e6, fr / 1e6,
				overhead * 100, overhead <= TARGET ? "met" : "MISSED");
	}

	/** A French text for every text of the route's files (names aside): the source and a marker. */
	private static Map<String, String> translations(LearningRoute route) {
		Map<String, String> french = new HashMap<>();
		for (Resource resource : route.eResource().getResourceSet().getResources()) {
			resource.getAllContents().forEachRemaining(element -> {
				for (EAttribute attribute : element.eClass().getEAllAttributes()) {
					if (attribute.getEType().getInstanceClass() != String.class || attribute.getName().equals("name")) {
						continue;
					}
					Object value = element.eGet(attribute);
					for (Object text : value instanceof List<?> list ? list : Collections.singletonList(value)) {
						if (text instanceof String s) {
							french.put(s, "(fr) " + s);
						}
					}
				}
			});
		}
		return french;
	}

	private static double median(List<Long> values) {
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}
}
