namespace SocialBalance.Api.Features.Indicators;

/// <summary>
/// Who supplies an indicator's figures. The supplier is the provenance that decides who may write them: an
/// organisation may be granted only what is not an official source, and figures of an official source are written
/// by admin keys alone, whatever grants exist.
/// </summary>
public static class IndicatorSuppliers
{
    public const string StatisticsDenmark = "statistics-denmark";
    public const string Ministry = "ministry";
    public const string Municipality = "municipality";
    public const string HousingOrganisation = "housing-organisation";

    public static readonly string[] All = [StatisticsDenmark, Ministry, Municipality, HousingOrganisation];

    /// <summary>Registers and the ministry's list criteria: never reported by an organisation.</summary>
    public static readonly string[] Official = [StatisticsDenmark, Ministry];

    public static bool IsOfficial(string supplier) => Official.Contains(supplier, StringComparer.Ordinal);
}
