package briefing.ingest;

import briefing.diag.Diagnostics;
import briefing.model.Party;
import briefing.model.SourceRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code content/parties.yaml}: the countries and organisations a statement can be about, with the
 * other names, capitals and false friends a text uses. Every other ISO 3166 country is added with its
 * English name from the JDK's locale data, so a partnership nobody listed is still recognised by name.
 * Two parties claiming one name, or a listed code that is neither ISO 3166 nor upper-case letters, is an
 * error at its line.
 */
public final class PartyReader {

    private static final List<String> FIELDS = List.of("name", "code", "names", "people", "capitals", "except");

    private final ProjectPaths paths;

    public PartyReader(ProjectPaths paths) {
        this.paths = paths;
    }

    public List<Party> read(Path file, Diagnostics diagnostics) {
        List<Party> parties = new ArrayList<>();
        if (Files.isRegularFile(file)) {
            SourceRef ref = SourceRef.file(paths.display(file));
            YamlMap.readFile(file, ref, diagnostics).ifPresent(root -> {
                root.checkKeys(List.of("parties"), List.of("parties"));
                Map<String, String> claimed = new HashMap<>();
                for (YamlMap entry : root.maps("parties")) {
                    party(entry, claimed, diagnostics).ifPresent(parties::add);
                }
            });
        }
        addUnlistedCountries(parties);
        return List.copyOf(parties);
    }

    private static java.util.Optional<Party> party(YamlMap entry, Map<String, String> claimed, Diagnostics diagnostics) {
        entry.checkKeys(FIELDS, List.of("name", "code"));
        java.util.Optional<String> name = entry.string("name").filter(n -> !n.isBlank());
        java.util.Optional<String> code = entry.string("code").filter(c -> {
            if (c.matches("[A-Z][A-Z-]{1,9}")) {
                return true;
            }
            diagnostics.error(entry.valueRefOf("code"), "code '" + c + "' is not a code",
                    "write the ISO 3166 alpha-2 code of a country (VN) or an organisation's short code in capitals (ASEAN)");
            return false;
        });
        if (name.isEmpty() || code.isEmpty()) {
            return java.util.Optional.empty();
        }
        Set<String> names = new LinkedHashSet<>(entry.strings("names"));
        String iso = isoName(code.get());
        if (iso != null && !iso.equals(name.get())) {
            names.add(iso);
        }
        Party party = new Party(name.get(), code.get(), List.copyOf(names), entry.strings("people"),
                entry.strings("capitals"), entry.strings("except"));
        List<String> all = new ArrayList<>(party.names());
        all.add(0, party.name());
        all.addAll(party.people());
        all.addAll(party.capitals());
        for (String each : all) {
            String before = claimed.putIfAbsent(each, party.name());
            if (before != null && !before.equals(party.name())) {
                diagnostics.error(entry.refOf("name"), "'" + each + "' names both " + before + " and " + party.name(),
                        "keep the name under one party; list it under the other's 'except' if a phrase means neither");
            }
        }
        return java.util.Optional.of(party);
    }

    /** Every ISO 3166 country not listed, known by its English name only. */
    private static void addUnlistedCountries(List<Party> parties) {
        Set<String> listed = new java.util.HashSet<>();
        for (Party p : parties) {
            listed.add(p.code());
            listed.add(p.name());
            listed.addAll(p.names());
        }
        String[] codes = Locale.getISOCountries();
        Arrays.sort(codes);
        for (String code : codes) {
            String name = isoName(code);
            if (name != null && !listed.contains(code) && !listed.contains(name)) {
                parties.add(new Party(name, code, List.of(), List.of(), List.of(), List.of()));
            }
        }
    }

    /** The English short name of an ISO 3166 alpha-2 code, or null when the code is not a country. */
    private static String isoName(String code) {
        if (!code.matches("[A-Z]{2}") || !Arrays.asList(Locale.getISOCountries()).contains(code)) {
            return null;
        }
        String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        return name.isBlank() || name.equals(code) ? null : name;
    }
}
