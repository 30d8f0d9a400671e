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
 * The discussion questions of a pack as a Moodle GIFT file: one category per case; a question with
 * options marked right and wrong becomes a multiple-choice question with the author's feedback
 * with each option, a question without options an essay question, whose answer (if the author gave
 * one) Moodle shows as its general feedback. Texts are written as HTML ({@code [html]}): their
 * Markdown rendered here with raw HTML shown as text, options and feedback escaped, so that no tag
 * an author typed reaches Moodle as markup.
 */
public final class GiftExporter implements IExporter {

	@Override
	public void export(ExportContext context, IProgressMonitor monitor) throws ExportException {
		TrainingPack pack = context.pack();
		if (pack.cases().stream().noneMatch(brief -> brief.questions().stream().anyMatch(GiftExporter::inQuiz))) {
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
			List<Question> quiz = brief.questions().stream().filter(GiftExporter::inQuiz).toList();
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
		if (pack.cases().stream().noneMatch(brief -> brief.questions().stream().anyMatch(GiftExporter::inQuiz))) {
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

	/** A multiple-choice question, or a question without options: an essay. */
	private static boolean inQuiz(Question question) {
		return question.isQuiz() || question.options().isEmpty();
	}

	private static void question(StringBuilder gift, CaseBrief brief, Question question, int number) {
		String title = question.id() != null ? question.id() : brief.id() + " " + number;
		gift.append("::").append(Gift.escape(title)).append("::[html]").append(Gift.escape(Gift.html(question.text())))
				.append(" {");
		if (question.options().isEmpty()) {
			// An essay: GIFT's empty answer braces, with the author's answer as the general feedback.
			if (question.answer() != null && !question.answer().isBlank()) {
				gift.append("\n####").append(Gift.escape(Gift.html(question.answer()))).append('\n');
			}
			gift.append("}\n");
			return;
		}
		gift.append('\n');
		long right = question.options().stream().filter(Option::correct).count();
		for (Option option : question.options()) {
			gift.append('\t');
			if (option.correct()) {
				gift.append(right == 1 ? "=" : "~" + Gift.weight((int) right));
			} else {
				// An explicit weight, so that a text starting with "%50%" is not read as one.
				gift.append(right == 1 ? "~%0%" : "~%-100%");
			}
			gift.append(Gift.escape(Gift.text(option.text())));
			if (option.feedback() != null && !option.feedback().isBlank()) {
				gift.append('#').append(Gift.escape(Gift.text(option.feedback())));
			}
			gift.append('\n');
		}
		gift.append("}\n");
	}

	/** A category path segment: GIFT reads '/' as a sub-category and the line break as its end. */
	private static String category(String title) {
		return Gift.text(title.replace('/', '-').replaceAll("\\s+", " ").strip());
	}

	private static String comment(String text) {
		return text.replaceAll("\\s+", " ");
	}
}
