namespace SocialBalance.Api.Infrastructure.Database.DemoData;

public static partial class DemoCatalog
{
    /// <summary>
    /// The municipality's and the housing organisations' own registers. For Gladsaxe itself the figure covers
    /// the whole municipality (all children in daycare, all new social-housing tenants).
    /// </summary>
    private static readonly DemoSeries[] MunicipalRegisters =
    [
        new("daycare-mix", Gladsaxe, 88.0, 0.3, 0.3, DemoYears.Register, 0.3),
        new("daycare-mix", HoejeGladsaxe, 55.0, 1.5, 2.0, DemoYears.Register, 0.3),
        new("daycare-mix", Moerkhoej, 62.0, 1.0, 1.5, DemoYears.Register, 0.3),
        new("daycare-mix", VaerebroPark, 48.0, 1.5, 2.5, DemoYears.Register, 0.3),
        new("daycare-mix", Pileparkerne, 45.0, 1.0, 2.0, DemoYears.Register, 0.3),

        // Gladsaxe loses members after 2020 (the lockdowns): the municipality is "not improving" on leisure mix.
        // Høje Gladsaxe gains too little to count as more than limited progress, yet its gap narrows,
        // because the reference falls: the two measures can disagree, and the demo shows it.
        new("youth-leisure", Gladsaxe, 67.0, 0.3, -0.25, DemoYears.Register, 0.3),
        new("youth-leisure", HoejeGladsaxe, 48.0, 0.5, 0.2, DemoYears.Register, 0.3),
        new("youth-leisure", Moerkhoej, 55.0, 0.3, 0.1, DemoYears.Register, 0.3),
        new("youth-leisure", VaerebroPark, 42.0, 0.5, 0.6, DemoYears.Register, 0.3),
        new("youth-leisure", Pileparkerne, 44.0, 0.4, 0.2, DemoYears.Register, 0.3),

        new("new-tenants-working", Gladsaxe, 72.0, 0.5, 0.4, DemoYears.Register, 0.4),
        new("new-tenants-working", HoejeGladsaxe, 58.0, 1.5, 1.5, DemoYears.Register, 0.4),
        new("new-tenants-working", Moerkhoej, 64.0, 1.0, 1.0, DemoYears.Register, 0.4),
        new("new-tenants-working", VaerebroPark, 55.0, 2.0, 1.8, DemoYears.Register, 0.4),
        new("new-tenants-working", Pileparkerne, 52.0, 1.5, 1.0, DemoYears.Register, 0.4),
    ];

    /// <summary>Surveys and elections: the series with missing years.</summary>
    private static readonly DemoSeries[] Surveys =
    [
        // Høje Gladsaxe's 2016 and 2017 figures are real (see Facts); the line continues from 2017.
        // Mørkhøj turns after 2020: the one area whose feeling of safety worsens and whose gap widens.
        new("feel-safe", Gladsaxe, 88.0, 0.2, 0.2, DemoYears.SafetySurvey, 0.2),
        new("feel-safe", HoejeGladsaxe, 80.6, 0.3, 0.6, DemoYears.SafetySurvey, 0.2),
        new("feel-safe", Moerkhoej, 82.0, 0.4, -0.7, DemoYears.SafetySurvey, 0.3),
        new("feel-safe", VaerebroPark, 74.0, 0.8, 1.2, DemoYears.SafetySurvey, 0.3),
        new("feel-safe", Pileparkerne, 76.0, 0.5, 0.3, DemoYears.SafetySurvey, 0.3),

        // No wiggle: with three points the wiggle would be the trend.
        new("good-health", Gladsaxe, 74.0, 0.2, 0.15, DemoYears.HealthProfile),
        new("good-health", HoejeGladsaxe, 62.0, 0.3, 0.5, DemoYears.HealthProfile),
        new("good-health", Moerkhoej, 66.0, 0.3, 0.4, DemoYears.HealthProfile),
        new("good-health", VaerebroPark, 60.0, 0.2, 0.6, DemoYears.HealthProfile),
        new("good-health", Pileparkerne, 61.0, 0.2, 0.3, DemoYears.HealthProfile),

        // 2020 is no election year: gaps and trends lack the baseline, and progress starts from 2021.
        new("voter-turnout", Gladsaxe, 69.8, -0.6, 0.2, DemoYears.MunicipalElections, Note: ElectionNote),
        new("voter-turnout", HoejeGladsaxe, 46.0, 0.3, 0.8, DemoYears.MunicipalElections, Note: ElectionNote),
        new("voter-turnout", Moerkhoej, 52.0, 0.3, 0.6, DemoYears.MunicipalElections, Note: ElectionNote),
        new("voter-turnout", VaerebroPark, 41.0, 0.2, 1.0, DemoYears.MunicipalElections, Note: ElectionNote),
        new("voter-turnout", Pileparkerne, 44.0, 0.2, 0.5, DemoYears.MunicipalElections, Note: ElectionNote),

        // Høje Gladsaxe barely moves (limited progress) while Gladsaxe gains: a widening gap.
        new("association-members", Gladsaxe, 42.0, 0.2, 0.3, DemoYears.CitizenSurvey, 0.2),
        new("association-members", HoejeGladsaxe, 30.0, 0.2, 0.08, DemoYears.CitizenSurvey),
        new("association-members", Moerkhoej, 34.0, 0.2, 0.4, DemoYears.CitizenSurvey, 0.2),
        new("association-members", VaerebroPark, 27.0, 0.3, 0.5, DemoYears.CitizenSurvey, 0.2),
        new("association-members", Pileparkerne, 28.0, 0.2, 0.4, DemoYears.CitizenSurvey, 0.2),

        // For Gladsaxe itself: residents who visited a district other than their own.
        new("outside-visitors", Gladsaxe, 61.0, 0, 0.5, DemoYears.VisitorQuestion, Note: VisitorNote),
        new("outside-visitors", HoejeGladsaxe, 22.0, 0, 1.5, DemoYears.VisitorQuestion, Note: VisitorNote),
        new("outside-visitors", Moerkhoej, 18.0, 0, 1.0, DemoYears.VisitorQuestion, Note: VisitorNote),
        new("outside-visitors", VaerebroPark, 14.0, 0, 1.5, DemoYears.VisitorQuestion, Note: VisitorNote),
        new("outside-visitors", Pileparkerne, 12.0, 0, 1.0, DemoYears.VisitorQuestion, Note: VisitorNote),

        // For Gladsaxe itself: residents with a positive view of the municipality as a whole.
        new("positive-image", Gladsaxe, 78.0, 0.3, 0.2, DemoYears.CitizenSurvey, 0.3),
        new("positive-image", HoejeGladsaxe, 35.0, 1.0, 1.5, DemoYears.CitizenSurvey, 0.3),
        new("positive-image", Moerkhoej, 45.0, 0.5, 0.8, DemoYears.CitizenSurvey, 0.3),
        new("positive-image", VaerebroPark, 30.0, 1.0, 1.5, DemoYears.CitizenSurvey, 0.3),
        new("positive-image", Pileparkerne, 33.0, 0.5, 0.8, DemoYears.CitizenSurvey, 0.3),
    ];

    private const string ElectionNote = "Municipal election year (kommunalvalg).";
    private const string VisitorNote = "Question asked from 2022; no 2020 baseline.";
}
