package org.coop.platform.web;

import java.net.URI;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Problem titles in the caller's language (Accept-Language). Titles are short and fixed per
 * type, so they are translated; details are generated and stay in English.
 */
class ProblemTitles {

    private static final String BUNDLE = "org.coop.platform.web.problem-titles";

    String title(URI type, String fallback, Locale locale) {
        String key = type.toString().startsWith(ProblemTypes.BASE)
                ? type.toString().substring(ProblemTypes.BASE.length()) : null;
        if (key == null || locale == null) {
            return fallback;
        }
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return bundle.containsKey(key) ? bundle.getString(key) : fallback;
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
