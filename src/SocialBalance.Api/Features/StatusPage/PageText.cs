using System.Globalization;
using SocialBalance.Analysis.Lists;
using SocialBalance.Analysis.Themes;
using SocialBalance.Api.Features.Catalogue;

namespace SocialBalance.Api.Features.StatusPage;

/// <summary>The words of the status page in one language: Danish, the municipality's, or English.</summary>
internal sealed class PageText
{
    public static readonly PageText Danish = new()
    {
        Code = "da",
        Title = "Social balance i Gladsaxe 2030: status",
        Organisation = "Gladsaxe Kommune",
        Heading = "Social balance 2030: status",
        Intro = "Hvordan det går med byrådets ambition for social balance i 2030, beregnet af Social Balance API ud fra de seneste tal.",
        NavigationLabel = "Sprog og data",
        OtherLanguage = "English",
        OtherLanguageCode = "en",
        OtherLanguageHref = "/?lang=en",
        DataLink = "Hent data",
        AmbitionHeading = "Byrådets ambition for 2030",
        TranslationNote = null,
        Overall = "Samlet vurdering",
        MeasuredFrom = "Målt fra basisåret",
        LatestYear = "til det nyeste år med tal",
        NoFigures = "Der er ingen tal endnu.",
        Rules = "Hele kommunen skal forbedre sig på hvert tema, og afstanden fra hvert Social Balance-område til kommunen skal mindskes. Et tema uden tal nok tæller hverken for eller imod, men nævnes.",
        AreasHeading = "Områderne",
        AreasCaption = "Vurdering pr. område",
        Area = "Område",
        Verdict = "Vurdering",
        ThemesFailing = "Lever ikke op",
        ThemesLackingData = "Uden tal nok",
        None = "Ingen",
        GoalsHeading = "Effektmål og temaer",
        GoalsCaption = "Vurdering pr. effektmål",
        EffectGoal = "Effektmål",
        Themes = "Temaer",
        ThemeCaption = "{0}: vurdering pr. område",
        MeasuredBy = "Måles ved",
        ChartAlt = "Diagram over temaet {0}: vurderingen for Gladsaxe Kommune og hvert Social Balance-område, som i tabellen ovenfor.",
        ChartCaption = "{0}: vurderingerne som diagram.",
        ListsHeading = "Ministeriets lister",
        ListsIntro = "Områdernes status efter almenboliglovens §§ 61 a–61 b på listen pr. 1. december {0}, beregnet ud fra tallene for {1}.",
        ListsCaption = "Liste pr. 1. december {0}",
        Category = "Kategori",
        Basis = "Grundlag",
        Watch = "Tæt på en grænse",
        Yes = "Ja",
        No = "Nej",
        NoListYet = "Uden tal kan listestatus ikke beregnes endnu.",
        DataHeading = "Data og API",
        AmbitionCsv = "Ambitionens vurderinger som CSV",
        AmbitionXlsx = "Ambitionens vurderinger som regneark (XLSX)",
        ListsCsv = "Listestatus {0} som CSV",
        ListsXlsx = "Listestatus {0} som regneark (XLSX)",
        SwaggerUi = "API-dokumentation (Swagger UI)",
        Contract = "API-kontrakten (OpenAPI)",
        Footer = "Siden viser, hvad Social Balance API svarer lige nu; den opdateres, når nye tal indberettes.",
    };

    public static readonly PageText English = new()
    {
        Code = "en",
        Title = "Social balance in Gladsaxe 2030: status",
        Organisation = "Gladsaxe Municipality",
        Heading = "Social balance 2030: status",
        Intro = "How the City Council's ambition for social balance in 2030 is doing, computed by the Social Balance API from the latest figures.",
        NavigationLabel = "Language and data",
        OtherLanguage = "Dansk",
        OtherLanguageCode = "da",
        OtherLanguageHref = "/",
        DataLink = "Get the data",
        AmbitionHeading = "The City Council's ambition for 2030",
        TranslationNote = "Translated from Danish. The council's own words:",
        Overall = "Overall verdict",
        MeasuredFrom = "Measured from the baseline year",
        LatestYear = "to the latest year with figures",
        NoFigures = "There are no figures yet.",
        Rules = "The whole municipality must improve on every theme, and the gap of each Social Balance area to the municipality must shrink. A theme without enough figures counts neither for nor against, but is named.",
        AreasHeading = "The areas",
        AreasCaption = "Verdict per area",
        Area = "Area",
        Verdict = "Verdict",
        ThemesFailing = "Falling short",
        ThemesLackingData = "Without enough figures",
        None = "None",
        GoalsHeading = "Effect goals and themes",
        GoalsCaption = "Verdict per effect goal",
        EffectGoal = "Effect goal",
        Themes = "Themes",
        ThemeCaption = "{0}: verdict per area",
        MeasuredBy = "Measured by",
        ChartAlt = "Chart of the theme {0}: the verdict for Gladsaxe Municipality and each Social Balance area, as in the table above.",
        ChartCaption = "{0}: the verdicts as a chart.",
        ListsHeading = "The ministry's lists",
        ListsIntro = "The areas' status under the Social Housing Act §§ 61 a–61 b on the list of 1 December {0}, computed from the figures of {1}.",
        ListsCaption = "List of 1 December {0}",
        Category = "Category",
        Basis = "Basis",
        Watch = "Close to a threshold",
        Yes = "Yes",
        No = "No",
        NoListYet = "Without figures the list status cannot be computed yet.",
        DataHeading = "Data and API",
        AmbitionCsv = "The ambition's verdicts as CSV",
        AmbitionXlsx = "The ambition's verdicts as a spreadsheet (XLSX)",
        ListsCsv = "List status {0} as CSV",
        ListsXlsx = "List status {0} as a spreadsheet (XLSX)",
        SwaggerUi = "API documentation (Swagger UI)",
        Contract = "The API contract (OpenAPI)",
        Footer = "The page shows what the Social Balance API answers right now; it changes when new figures are reported.",
    };

    /// <summary>The language codes the page is written in, the first the default.</summary>
    public static IReadOnlyList<string> Codes { get; } = ["da", "en"];

    public required string Code { get; init; }

    public required string Title { get; init; }

    public required string Organisation { get; init; }

    public required string Heading { get; init; }

    public required string Intro { get; init; }

    public required string NavigationLabel { get; init; }

    public required string OtherLanguage { get; init; }

    public required string OtherLanguageCode { get; init; }

    public required string OtherLanguageHref { get; init; }

    public required string DataLink { get; init; }

    public required string AmbitionHeading { get; init; }

    /// <summary>Null in Danish, which shows the council's words as they are.</summary>
    public required string? TranslationNote { get; init; }

    public required string Overall { get; init; }

    public required string MeasuredFrom { get; init; }

    public required string LatestYear { get; init; }

    public required string NoFigures { get; init; }

    public required string Rules { get; init; }

    public required string AreasHeading { get; init; }

    public required string AreasCaption { get; init; }

    public required string Area { get; init; }

    public required string Verdict { get; init; }

    public required string ThemesFailing { get; init; }

    public required string ThemesLackingData { get; init; }

    public required string None { get; init; }

    public required string GoalsHeading { get; init; }

    public required string GoalsCaption { get; init; }

    public required string EffectGoal { get; init; }

    public required string Themes { get; init; }

    public required string ThemeCaption { get; init; }

    public required string MeasuredBy { get; init; }

    public required string ChartAlt { get; init; }

    public required string ChartCaption { get; init; }

    public required string ListsHeading { get; init; }

    public required string ListsIntro { get; init; }

    public required string ListsCaption { get; init; }

    public required string Category { get; init; }

    public required string Basis { get; init; }

    public required string Watch { get; init; }

    public required string Yes { get; init; }

    public required string No { get; init; }

    public required string NoListYet { get; init; }

    public required string DataHeading { get; init; }

    public required string AmbitionCsv { get; init; }

    public required string AmbitionXlsx { get; init; }

    public required string ListsCsv { get; init; }

    public required string ListsXlsx { get; init; }

    public required string SwaggerUi { get; init; }

    public required string Contract { get; init; }

    public required string Footer { get; init; }

    public static PageText? For(string code) => code switch
    {
        "da" => Danish,
        "en" => English,
        _ => null,
    };

    public string Name(LocalizedText text) => Code == "da" ? text.Da : text.En;

    public static string Format(string template, params object[] values) => string.Format(CultureInfo.InvariantCulture, template, values);

    /// <summary>An outcome of the ambition, an effect goal or an area, in words.</summary>
    public string Outcome(VerdictOutcome outcome) => (Code, outcome) switch
    {
        ("da", VerdictOutcome.Met) => "Opfyldt",
        ("da", VerdictOutcome.NotMet) => "Ikke opfyldt",
        ("da", _) => "Utilstrækkelige data",
        (_, VerdictOutcome.Met) => "Met",
        (_, VerdictOutcome.NotMet) => "Not met",
        _ => "Insufficient data",
    };

    /// <summary>A theme's verdict for one area (<see cref="VerdictCodes.Label"/>), in words.</summary>
    public string ThemeVerdict(string label) => (Code, label) switch
    {
        ("da", "improving") => "Forbedres",
        ("da", "not-improving") => "Forbedres ikke",
        ("da", "gap-narrowing") => "Afstanden mindskes",
        ("da", "gap-not-narrowing") => "Afstanden mindskes ikke",
        ("da", _) => "Utilstrækkelige data",
        (_, "improving") => "Improving",
        (_, "not-improving") => "Not improving",
        (_, "gap-narrowing") => "Gap narrowing",
        (_, "gap-not-narrowing") => "Gap not narrowing",
        _ => "Insufficient data",
    };

    public string CriterionOf(VerdictCriterion criterion) => (Code, criterion) switch
    {
        ("da", VerdictCriterion.Improving) => "Forbedring på hvert tema",
        ("da", _) => "Mindre afstand til kommunen",
        (_, VerdictCriterion.Improving) => "Improvement on every theme",
        _ => "A smaller gap to the municipality",
    };

    public string ListOutcome(ListOutcome outcome) => (Code, outcome) switch
    {
        ("da", Analysis.Lists.ListOutcome.InsufficientData) => "Utilstrækkelige data",
        ("da", _) => "Under mindste antal beboere",
        (_, Analysis.Lists.ListOutcome.InsufficientData) => "Insufficient data",
        _ => "Below the minimum number of residents",
    };

    public string ListBasis(ListBasis basis) => (Code, basis) switch
    {
        ("da", Analysis.Lists.ListBasis.Figures) => "Beregnet ud fra tallene",
        ("da", Analysis.Lists.ListBasis.OfficialList) => "Ministeriets offentliggjorte liste",
        ("da", _) => "Intet grundlag",
        (_, Analysis.Lists.ListBasis.Figures) => "Computed from the figures",
        (_, Analysis.Lists.ListBasis.OfficialList) => "The ministry's published list",
        _ => "No basis",
    };
}
