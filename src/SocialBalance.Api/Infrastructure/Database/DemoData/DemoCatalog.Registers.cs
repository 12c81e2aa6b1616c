namespace SocialBalance.Api.Infrastructure.Database.DemoData;

/// <summary>
/// The demo figures (see db/DEMO-DATA.md for the verdicts they are designed to show). Columns: indicator,
/// area, level in 2020, change per year before 2020, change per year after 2020, years with figures, wiggle.
/// </summary>
public static partial class DemoCatalog
{
    public const string IllustrativeSource = "Illustrative demo figure (not official)";

    private const string Denmark = "denmark";
    private const string Region = "region-hovedstaden";
    private const string Gladsaxe = "gladsaxe";
    private const string HoejeGladsaxe = "hoeje-gladsaxe";
    private const string Moerkhoej = "moerkhoej";
    private const string VaerebroPark = "vaerebro-park";
    private const string Pileparkerne = "pileparkerne";

    public static IEnumerable<DemoSeries> Series =>
        ListCriteria.Concat(ResidentMix).Concat(MunicipalRegisters).Concat(Surveys);

    /// <summary>The four list criteria, also for the country and the region they are measured against.</summary>
    private static readonly DemoSeries[] ListCriteria =
    [
        // The three areas were 9–16 points above the municipal average in 2020, after a fall 2016–2020 of
        // about 4 points (Høje Gladsaxe) and 3 (Værebro Park, Mørkhøj): the real shape the levels are fitted to.
        new("outside-work-education", Denmark, 17.8, -0.2, -0.25, DemoYears.Register, 0.1),
        new("outside-work-education", Region, 16.9, -0.2, -0.25, DemoYears.Register, 0.1),
        new("outside-work-education", Gladsaxe, 15.5, -0.2, -0.2, DemoYears.Register, 0.1),
        new("outside-work-education", HoejeGladsaxe, 27.8, -1.0, -0.7, DemoYears.Register, 0.2, FellAbout4),
        new("outside-work-education", Moerkhoej, 24.7, -0.75, -0.5, DemoYears.Register, 0.15, FellAbout3),
        new("outside-work-education", VaerebroPark, 31.0, -0.75, -0.8, DemoYears.Register, 0.2, FellAbout3),
        // Above 30 % (the prevention threshold) as the 2019–20 and 2020–21 averages, below it from 2022–23.
        new("outside-work-education", Pileparkerne, 31.6, -0.6, -0.7, DemoYears.Register, 0.15),

        // Well below 60 % everywhere: criterion 3 is never met, as for most listed areas in the capital region.
        new("primary-school-only", Denmark, 19.0, -0.35, -0.3, DemoYears.Register),
        new("primary-school-only", Region, 16.5, -0.3, -0.3, DemoYears.Register),
        new("primary-school-only", Gladsaxe, 14.0, -0.3, -0.3, DemoYears.Register, 0.1),
        new("primary-school-only", HoejeGladsaxe, 38.0, -0.8, -0.7, DemoYears.Register, 0.2),
        new("primary-school-only", Moerkhoej, 33.0, -0.6, -0.6, DemoYears.Register, 0.2),
        new("primary-school-only", VaerebroPark, 44.0, -0.7, -0.8, DemoYears.Register, 0.2),
        new("primary-school-only", Pileparkerne, 47.5, -0.5, -0.6, DemoYears.Register, 0.2),

        // Criterion 4 compares with the region. Pileparkerne stays under 65 % of it (met at the prevention
        // level, never under 55 %); Høje Gladsaxe sits just above 65 % around 2020–21, which puts it on watch.
        // The areas gain more kroner a year than the municipality, so their shortfall shrinks, except
        // Pileparkerne's (not a Social Balance area of its own).
        new("gross-income", Denmark, 371000, 8000, 10000, DemoYears.Register),
        new("gross-income", Region, 402000, 9000, 11000, DemoYears.Register),
        new("gross-income", Gladsaxe, 425000, 9500, 11000, DemoYears.Register, 1000),
        new("gross-income", HoejeGladsaxe, 266000, 7000, 12000, DemoYears.Register, 1000),
        new("gross-income", Moerkhoej, 290000, 7500, 11500, DemoYears.Register, 1000),
        new("gross-income", VaerebroPark, 283000, 7500, 12500, DemoYears.Register, 1000),
        new("gross-income", Pileparkerne, 249000, 6500, 8000, DemoYears.Register, 800),

        // National average 0.74 % (2020), 0.73 % (2021), 0.72 % (2022): 2 × the 2021–22 average is 1.45 %,
        // the figure behind the 2022 list. Værebro Park is at 2–3 × the national average (prevention level).
        new("convicted", Denmark, 0.74, -0.02, -0.01, DemoYears.Register),
        new("convicted", Region, 0.78, -0.02, -0.01, DemoYears.Register),
        new("convicted", Gladsaxe, 0.55, -0.015, -0.01, DemoYears.Register),
        new("convicted", HoejeGladsaxe, 1.20, -0.06, -0.04, DemoYears.Register, 0.02),
        new("convicted", Moerkhoej, 0.95, -0.04, -0.03, DemoYears.Register, 0.02),
        new("convicted", VaerebroPark, 1.62, -0.08, -0.05, DemoYears.Register, 0.03),
        new("convicted", Pileparkerne, 1.25, -0.05, -0.03, DemoYears.Register, 0.02),
    ];

    /// <summary>Neutral indicators: shown, used by the list rules, never judged.</summary>
    private static readonly DemoSeries[] ResidentMix =
    [
        // Værebro Park's 2020 figure is real (see Facts); the line runs through it.
        new("non-western", Denmark, 9.0, 0.2, 0.2, DemoYears.Register),
        new("non-western", Region, 12.5, 0.3, 0.25, DemoYears.Register),
        new("non-western", Gladsaxe, 14.0, 0.3, 0.25, DemoYears.Register),
        new("non-western", HoejeGladsaxe, 38.0, 0.4, 0.2, DemoYears.Register, 0.2),
        new("non-western", Moerkhoej, 33.0, 0.4, 0.3, DemoYears.Register, 0.2),
        new("non-western", VaerebroPark, 51.8, 0.6, 0.1, DemoYears.Register, 0.2),
        new("non-western", Pileparkerne, 42.0, 0.4, 0.3, DemoYears.Register, 0.2),

        // Every housing area keeps well above the 1,000 residents the list rules require.
        new("residents", Denmark, 5870000, 14000, 14000, DemoYears.Register),
        new("residents", Region, 1845000, 9000, 9000, DemoYears.Register),
        new("residents", Gladsaxe, 69000, 200, 150, DemoYears.Register, 100),
        new("residents", HoejeGladsaxe, 4500, -10, 5, DemoYears.Register, 20),
        new("residents", Moerkhoej, 3600, 5, 5, DemoYears.Register, 20),
        new("residents", VaerebroPark, 3000, 10, -5, DemoYears.Register, 20),
        new("residents", Pileparkerne, 1450, 5, 0, DemoYears.Register, 10),
    ];

    private const string FellAbout4 = "Illustrative level; the fall of about 4 points 2016–2020 is real (Gladsaxe Kommune, 2021).";
    private const string FellAbout3 = "Illustrative level; the fall of about 3 points 2016–2020 is real (Gladsaxe Kommune, 2021).";

    /// <summary>Real, published figures: they keep their value and are marked official.</summary>
    public static readonly DemoFact[] Facts =
    [
        new("non-western", VaerebroPark, 2020, 51.8,
            "Indenrigs- og Boligministeriet, liste 1. december 2021 (2020-data); Gladsaxe Kommune"),
        new("feel-safe", HoejeGladsaxe, 2016, 68.8, "Gladsaxe Kommune, tryghedsundersøgelse"),
        new("feel-safe", HoejeGladsaxe, 2017, 79.6, "Gladsaxe Kommune, tryghedsundersøgelse"),
    ];
}
