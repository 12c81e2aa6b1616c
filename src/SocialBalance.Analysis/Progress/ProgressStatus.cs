namespace SocialBalance.Analysis.Progress;

/// <summary>Open SDG progress statuses.</summary>
public enum ProgressStatus
{
    TargetAchieved,
    Substantial,
    Moderate,
    Limited,
    Deterioration,
    NotAvailable,
}

/// <summary>Why a progress status could not be computed.</summary>
public enum NotAvailableReason
{
    NeutralDirection,
    NoData,
    FewerThanTwoYears,
    NoFigureFromBaseYear,
    BaseNotBeforeCurrent,
    OppositeSigns,
    TargetYearNotAfterBase,
    TargetOppositeSign,
    TargetEqualsBase,
}

public static class ProgressCodes
{
    public static string ToCode(this ProgressStatus status) => status switch
    {
        ProgressStatus.TargetAchieved => "target-achieved",
        ProgressStatus.Substantial => "substantial",
        ProgressStatus.Moderate => "moderate",
        ProgressStatus.Limited => "limited",
        ProgressStatus.Deterioration => "deterioration",
        _ => "not-available",
    };

    public static string ToCode(this NotAvailableReason reason) => reason switch
    {
        NotAvailableReason.NeutralDirection => "neutral-direction",
        NotAvailableReason.NoData => "no-data",
        NotAvailableReason.FewerThanTwoYears => "fewer-than-two-years",
        NotAvailableReason.NoFigureFromBaseYear => "no-figure-from-base-year",
        NotAvailableReason.BaseNotBeforeCurrent => "base-not-before-current",
        NotAvailableReason.OppositeSigns => "opposite-signs",
        NotAvailableReason.TargetYearNotAfterBase => "target-year-not-after-base",
        NotAvailableReason.TargetOppositeSign => "target-opposite-sign",
        _ => "target-equals-base",
    };

    public static string Describe(this NotAvailableReason reason) => reason switch
    {
        NotAvailableReason.NeutralDirection => "the indicator is neutral, so no direction counts as progress",
        NotAvailableReason.NoData => "the series has no figures",
        NotAvailableReason.FewerThanTwoYears => "the series has fewer than 2 years with figures",
        NotAvailableReason.NoFigureFromBaseYear => "no figure in or after the base year",
        NotAvailableReason.BaseNotBeforeCurrent => "the base year is not before the latest year with data",
        NotAvailableReason.OppositeSigns => "the base value and the current value have opposite signs",
        NotAvailableReason.TargetYearNotAfterBase => "the target year is not after the base year",
        NotAvailableReason.TargetOppositeSign => "the target value and the base value have opposite signs",
        _ => "the target equals the base value, so no growth is required and the ratio is undefined",
    };
}
