using SocialBalance.Api.Features.Calculations;
using SocialBalance.Api.Features.Catalogue;

namespace SocialBalance.Api.Features.ListStatus;

/// <summary>
/// Housing areas classified for one list year, with what their answers are made from. The answers are made as they
/// are written (see <see cref="MappedList{TSource, TResult}"/>), in full for JSON or as one summary row for CSV.
/// </summary>
internal sealed record ClassifiedAreas(
    IReadOnlyList<Analysis.Lists.ListStatus> Statuses,
    CatalogueSnapshot Catalogue,
    ListRules Rules,
    OfficialLists Lists,
    int ListYear,
    int Lag)
{
    public MappedList<Analysis.Lists.ListStatus, ListStatusResponse> Responses()
    {
        var numbers = new FormulaNumbers();
        return new(Statuses, s => ListStatusMapping.Map(s, Catalogue.Area(s.AreaCode).Ref, ListYear, Lag, Rules, Lists, numbers));
    }

    // The CSV holds no criterion, so it is spared their formulas.
    public MappedList<Analysis.Lists.ListStatus, ListStatusCsvRow> CsvRows() => new(
        Statuses, s => ListStatusMapping.CsvRow(s, Catalogue.Area(s.AreaCode).Ref, ListYear, Lag, Rules, Lists));
}
