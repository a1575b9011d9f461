package briefing.pipeline;

import briefing.model.Note;
import briefing.model.SourceRef;
import briefing.model.Theme;
import briefing.publish.LinkChecker;
import briefing.site.Urls;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the editors wrote the links their pages show: a note's body and a theme's introduction, each at
 * its file, line and column. The link check reports a broken link there, where the editor can
 * fix it, instead of at the baked page.
 */
final class EditorLinks implements LinkChecker.Origins {

    /** Markdown written by an editor, from line {@code firstLine} of {@code file} (0: line unknown). */
    private record Written(SourceRef file, String markdown, int firstLine) {
    }

    private final Map<String, Written> byPage = new HashMap<>();

    EditorLinks(List<Note> notes, List<Theme> themes) {
        for (Note note : notes) {
            byPage.put(Urls.note(note), new Written(note.source(), note.markdown(), note.bodyFirstLine()));
        }
        for (Theme theme : themes) {
            byPage.put(Urls.theme(theme.slug()), new Written(SourceRef.file(theme.source().path()), theme.introMarkdown(), theme.source().line()));
        }
    }

    @Override
    public Optional<SourceRef> of(String page, String href) {
        Written written = byPage.get(page);
        if (written == null || href.isEmpty()) {
            return Optional.empty();
        }
        int at = linkTarget(written.markdown(), href);
        if (at < 0) {
            return Optional.empty(); // the template's link, not the editor's
        }
        if (written.firstLine() == 0) {
            return Optional.of(written.file());
        }
        String before = written.markdown().substring(0, at);
        int line = written.firstLine() + (int) before.chars().filter(c -> c == '\n').count();
        return Optional.of(written.file().at(line, at - (before.lastIndexOf('\n') + 1) + 1));
    }

    /** Where {@code href} stands as a link's target: after "(", "<" or a reference's ": "; -1 if nowhere. */
    private static int linkTarget(String markdown, String href) {
        for (int at = markdown.indexOf(href); at >= 0; at = markdown.indexOf(href, at + 1)) {
            char before = at == 0 ? '\n' : markdown.charAt(at - 1);
            if (before == '(' || before == '<' || before == ' ') {
                return at;
            }
        }
        return -1;
    }
}
