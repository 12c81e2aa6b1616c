using SocialBalance.Api.Infrastructure.Http.Formats;


namespace SocialBalance.Api.Tests.Features.Writes;

/// <summary>RFC 4180 as the batch upload reads it: quotes, doubled quotes, line breaks in fields, CRLF or LF.</summary>
public sealed class CsvParserTests
{
    private static async Task<List<CsvRecord>> ParseAsync(string text)
    {
        var records = new List<CsvRecord>();
        await foreach (var record in CsvParser.ReadAsync(new StringReader(text), CancellationToken.None))
        {
            records.Add(record);
        }

        return records;
    }

    [Fact]
    public async Task Quoted_fields_keep_commas_quotes_and_line_breaks_and_lines_are_counted()
    {
        var records = await ParseAsync("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",z\nlast,\"\"");

        Assert.Equal([1, 2, 3, 5], records.Select(r => r.Line));
        Assert.Equal(["x, y", "say \"hi\""], records[1].Fields);
        Assert.Equal(["two\nlines", "z"], records[2].Fields);
        Assert.Equal(["last", ""], records[3].Fields);
    }

    [Fact]
    public async Task Empty_lines_are_skipped_and_a_missing_final_line_end_is_fine()
    {
        var records = await ParseAsync("a\r\n\r\nb\n\nc");

        Assert.Equal([1, 3, 5], records.Select(r => r.Line));
        Assert.Equal(["c"], records[2].Fields);
    }

    [Theory]
    [InlineData("a,\"open\r\n", 1)]
    [InlineData("a\r\nb\"c\r\n", 2)]
    [InlineData("a\r\n\"b\"c\r\n", 2)]
    public async Task Malformed_quoting_names_the_line(string text, int line)
    {
        var error = await Assert.ThrowsAsync<CsvFormatException>(() => ParseAsync(text));

        Assert.Equal(line, error.Line);
    }

    [Fact]
    public async Task Fields_longer_than_the_read_buffer_survive()
    {
        var note = new string('n', 40_000);

        var records = await ParseAsync($"a,b\r\n1,\"{note}\"\r\n");

        Assert.Equal(note, records[1].Fields[1]);
    }
}
