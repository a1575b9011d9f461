package briefing.model;

import java.util.List;
import java.util.Objects;

/**
 * A country or organisation a statement can be about, as {@code content/parties.yaml} (and, for every
 * other country, ISO 3166 with its English name) describes it.
 *
 * @param name     the short name shown on pages and written in metadata ({@code South Korea})
 * @param code     ISO 3166 alpha-2 for a country, a short code for an organisation
 * @param names    other names and adjectives a text uses ({@code Republic of Korea}, {@code Korean})
 * @param people   its leaders and ministers as texts name them ("Yoon Suk Yeol", "Kishida"): a readout
 *                 may name the leaders and never their countries
 * @param capitals the seat of government, a weaker sign than a name ("talks in Seoul")
 * @param except   phrases that contain a name without meaning the party ({@code South China Sea})
 */
public record Party(String name, String code, List<String> names, List<String> people, List<String> capitals,
                    List<String> except) {

    public Party {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(code, "code");
        names = List.copyOf(names);
        people = List.copyOf(people);
        capitals = List.copyOf(capitals);
        except = List.copyOf(except);
    }
}
