using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using SocialBalance.Api.Infrastructure.Http.Formats;

namespace SocialBalance.Api.Tests.Http;

/// <summary>
/// The bytes a CSV answer is made of, for every kind of value a column gives: RFC 4180 quoting only where needed,
/// invariant numbers (doubles round-trip), UTC times, CRLF after every record, neutralised formulas, and the same
/// bytes across the points where the answer is flushed.
/// </summary>
public sealed class CsvResultTests
{
    private sealed record Item(string? Text, double? Number, decimal? Amount, DateTimeOffset? At, bool? Flag, int? Count, DateOnly? Day);

    private static readonly CsvColumn<Item>[] Columns =
    [
        new("text", i => i.Text),
        new("number", i => i.Number),
        new("amount, dkk", i => i.Amount),
        new("at", i => i.At),
        new("flag", i => i.Flag),
        new("say \"count\"", i => i.Count),
        new("=day", i => i.Day),
    ];

    private static async Task<(string ContentType, byte[] Body)> WriteAsync(IEnumerable<Item> items)
    {
        var context = new DefaultHttpContext();
        using var body = new MemoryStream();
        context.Response.Body = body;

        await CsvResult.From(items, Columns, "items.csv").ExecuteAsync(context);

        return (context.Response.ContentType!, body.ToArray());
    }

    [Fact]
    public async Task Every_kind_of_value_is_written_as_before()
    {
        var at = new DateTimeOffset(2024, 3, 1, 12, 30, 0, TimeSpan.FromHours(2)).AddTicks(1_234_567);
        Item[] items =
        [
            new("plain", -7.4, 1.50m, at, true, 3, new DateOnly(2024, 1, 31)),
            new("a, \"quoted\"\r\nline", 1e-7, -0.001m, new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), false, -12, null),
            new("=1+1", 0.1 + 0.2, 0m, null, null, null, null),
            new("-2+3,x", double.NaN, null, null, null, 0, null),
            new("@x", 3.0, 12345678901234567890.5m, null, null, null, null),
            new("\tx", -0.0, null, null, null, null, null),
            new("\"", 1e21, null, null, null, null, null),
            new(null, null, null, null, null, null, null),
            new("", double.PositiveInfinity, null, null, null, null, null),
            new("æøå 'quote", 123456.789, null, null, null, null, null),
        ];

        var (contentType, body) = await WriteAsync(items);

        Assert.Equal("text/csv; charset=utf-8; header=present", contentType);
        Assert.Equal(
            "text,number,\"amount, dkk\",at,flag,\"say \"\"count\"\"\",=day\r\n" +
            "plain,-7.4,1.50,2024-03-01T10:30:00.1234567Z,true,3,01/31/2024\r\n" +
            "\"a, \"\"quoted\"\"\r\nline\",1E-07,-0.001,2020-01-01T00:00:00Z,false,-12,\r\n" +
            "\"'=1+1\",0.30000000000000004,0,,,,\r\n" +
            "\"'-2+3,x\",NaN,,,,0,\r\n" +
            "\"'@x\",3,12345678901234567890.5,,,,\r\n" +
            "\"'\tx\",-0,,,,,\r\n" +
            "\"\"\"\",1E+21,,,,,\r\n" +
            ",,,,,,\r\n" +
            ",Infinity,,,,,\r\n" +
            "æøå 'quote,123456.789,,,,,\r\n",
            Encoding.UTF8.GetString(body));
        Assert.Equal(Encoding.UTF8.GetByteCount(Encoding.UTF8.GetString(body)), body.Length);
    }

    [Fact]
    public async Task Many_rows_come_out_whole_across_flushes()
    {
        var items = Enumerable.Range(0, 1_234).Select(i => new Item($"row {i}", i / 4.0, i, null, i % 2 == 0, i, null)).ToList();

        var (_, body) = await WriteAsync(items);

        var expected = new StringBuilder("text,number,\"amount, dkk\",at,flag,\"say \"\"count\"\"\",=day\r\n");
        foreach (var i in Enumerable.Range(0, 1_234))
        {
            expected.Append(CultureInfo.InvariantCulture, $"row {i},{i / 4.0},{i},,{(i % 2 == 0 ? "true" : "false")},{i},\r\n");
        }

        Assert.Equal(expected.ToString(), Encoding.UTF8.GetString(body));
    }
}
