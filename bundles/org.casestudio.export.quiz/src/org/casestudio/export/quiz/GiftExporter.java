package org.casestudio.export.quiz;

import java.util.ArrayList;
import java.util.List;

import org.casestudio.export.ExportContext;
import org.casestudio.export.ExportException;
import org.casestudio.export.IExporter;
import org.casestudio.export.SafeNames;
import org.casestudio.export.pack.TrainingPack;
import org.casestudio.export.pack.TrainingPack.CaseBrief;
import org.casestudio.export.pack.TrainingPack.Option;
import org.casestudio.export.pack.TrainingPack.Question;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * The quiz questions of a pack as a Moodle GIFT file: one category per case, one multiple-choice
 * question per discussion question with options marked right or wrong, the author's feedback
 * with each option. Question texts keep their Markdown ({@code [markdown]}), which Moodle renders.
 */
public final class GiftExporter implements IExporter {

	@Override
	public void export(ExportContext context, IProgressMonitor monitor) throws ExportException {
		TrainingPack pack = context.pack();
		if (pack.quiz().isEmpty()) {
			// Moodle refuses a file without questions; check() has told the author what to add.
			return;
		}
		SubMonitor progress = SubMonitor.convert(monitor, pack.cases().size() + 1);
		StringBuilder gift = new StringBuilder();
		// GIFT has no language attribute: the quiz is in the pack's language, its comments too.
		gift.append("// ").append(pack.words().format("quizOf", comment(pack.overview().title()))).append('\n');
		gift.append("// ").append(pack.words().get("quizImport")).append('\n');
		for (CaseBrief brief : pack.cases()) {
			progress.checkCanceled();
			List<Question> quiz = brief.questions().stream().filter(Question::isQuiz).toList();
			if (!quiz.isEmpty()) {
				gift.append("\n$CATEGORY: $course$/").append(category(pack.overview().title())).append('/')
						.append(category(brief.title())).append("\n");
				int number = 0;
				for (Question question : quiz) {
					gift.append('\n');
					question(gift, brief, question, ++number);
				}
			}
			progress.worked(1);
		}
		context.output().write(fileName(pack), gift.toString());
		progress.worked(1);
	}

	@Override
	public List<String> check(TrainingPack pack, String format) {
		List<String> issues = new ArrayList<>();
		if (pack.quiz().isEmpty()) {
			issues.add(Messages.EmptyQuiz);
		}
		// Options that do not make a multiple-choice question would otherwise vanish from the quiz.
		for (CaseBrief brief : pack.cases()) {
			int number = 0;
			for (Question question : brief.questions()) {
				number++;
				if (!question.options().isEmpty() && !question.isQuiz()) {
					issues.add(NLS.bind(Messages.NotMultipleChoice,
							question.id() != null ? question.id() : brief.id() + " " + number, brief.id()));
				}
			}
		}
		return issues;
	}

	static String fileName(TrainingPack pack) {
		return SafeNames.of(pack.overview().id()) + ".gift";
	}

	private static void question(StringBuilder gift, CaseBrief brief, Question question, int number) {
		String title = question.id() != null ? question.id() : brief.id() + " " + number;
		gift.append("::").append(Gift.escape(title)).append("::[markdown]").append(Gift.escape(question.text()))
				.append(" {\n");
		long right = question.options().stream().filter(Option::correct).count();
		for (Option option : question.options()) {
			gift.append('\t');
			if (option.correct()) {
				gift.append(right == 1 ? "=" : "~" + Gift.weight((int) right));
			} else {
				// An explicit weight, so that a text starting with "%50%" is not read as one.
				gift.append(right == 1 ? "~%0%" : "~%-100%");
			}
			gift.append(Gift.escape(option.text()));
			if (option.feedback() != null && !option.feedback().isBlank()) {
				gift.append('#').append(Gift.escape(option.feedback()));
			}
			gift.append('\n');
		}
		gift.append("}\n");
	}

	/** A category path segment: GIFT reads '/' as a sub-category and the line break as its end. */
	private static String category(String title) {
		return title.replace('/', '-').replaceAll("\\s+", " ").strip();
	}

	private static String comment(String text) {
		return text.replaceAll("\\s+", " ");
	}
}
