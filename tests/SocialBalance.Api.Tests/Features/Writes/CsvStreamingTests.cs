using SocialBalance.Api.Infrastructure.Http.Formats;

namespace SocialBalance.Api.Tests.Features.Writes;

/// <summary>An upload is parsed as it arrives: the first records come out long before the text has been read.</summary>
public sealed class CsvStreamingTests
{
    [Fact]
    public async Task The_first_records_are_read_before_the_rest_of_the_text()
    {
        using var text = new CountingLines(lines: 1_000_000);

        await using var records = CsvParser.ReadAsync(text, CancellationToken.None).GetAsyncEnumerator();
        Assert.True(await records.MoveNextAsync());
        Assert.True(await records.MoveNextAsync());

        Assert.Equal(2, records.Current.Line);
        Assert.Equal(["feel-safe", "1"], records.Current.Fields);
        Assert.InRange(text.Given, 1, text.Total / 100);
    }

    [Fact]
    public async Task Every_line_of_a_long_text_is_read_once_and_numbered()
    {
        using var text = new CountingLines(lines: 50_000);
        var count = 0;

        await foreach (var record in CsvParser.ReadAsync(text, CancellationToken.None))
        {
            count++;
            Assert.Equal(count, record.Line);
        }

        Assert.Equal(50_001, count);
        Assert.Equal(text.Total, text.Given);
    }

    /// <summary>A header and <c>lines</c> rows made on demand, counting the characters handed out.</summary>
    private sealed class CountingLines(int lines) : TextReader
    {
        private readonly int lines = lines;
        private string pending = "indicator,value\r\n";
        private int offset;
        private int next = 1;

        public long Given { get; private set; }

        public long Total => "indicator,value\r\n".Length + Enumerable.Range(1, lines).Sum(i => (long)$"feel-safe,{i}\r\n".Length);

        public override int Read(Span<char> buffer)
        {
            var written = 0;
            while (written < buffer.Length && HasMore())
            {
                var take = Math.Min(buffer.Length - written, pending.Length - offset);
                pending.AsSpan(offset, take).CopyTo(buffer[written..]);
                offset += take;
                written += take;
            }

            Given += written;
            return written;
        }

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));

        public override Task<int> ReadAsync(char[] buffer, int index, int count) => Task.FromResult(Read(buffer.AsSpan(index, count)));

        public override int Peek() => HasMore() ? pending[offset] : -1;

        private bool HasMore()
        {
            if (offset == pending.Length && next <= lines)
            {
                pending = $"feel-safe,{next++}\r\n";
                offset = 0;
            }

            return offset < pending.Length;
        }

        public override int Read()
        {
            Span<char> one = stackalloc char[1];
            return Read(one) == 1 ? one[0] : -1;
        }
    }
}
