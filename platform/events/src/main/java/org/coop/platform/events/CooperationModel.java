package org.coop.platform.events;

/**
 * The five ways colleges cooperate across the border, as observed in Yunnan: which parties an
 * agreement has. Three of them have a third party (an intermediary or a government body).
 */
public enum CooperationModel {
    COLLEGE_COMPANY(false),
    COLLEGE_INTERMEDIARY_COMPANY(true),
    COLLEGE_COLLEGE(false),
    COLLEGE_INTERMEDIARY_COLLEGE(true),
    COLLEGE_GOVERNMENT_COLLEGE(true);

    private final boolean thirdParty;

    CooperationModel(boolean thirdParty) {
        this.thirdParty = thirdParty;
    }

    public boolean hasThirdParty() {
        return thirdParty;
    }
}
