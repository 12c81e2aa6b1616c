using System.Buffers;

namespace SocialBalance.Api.Infrastructure.Http.Uploads;

/// <summary>
/// A response body that keeps up to a limit in memory and, past it, writes what it holds and everything
/// after straight to the real body: small answers can be hashed, large ones still stream.
/// </summary>
/// <remarks>
/// The memory is a list of 64-kB segments rented from the shared pool and given back when the buffer is disposed.
/// One array grown by doubling would copy the national list (about 10 MB) five times over on its way to 16 MB, and
/// leave arrays of 8 and 16 MB in the pool for every request that had one at the same moment: peak memory, not speed,
/// was what that cost.
/// </remarks>
internal sealed class SpillingBuffer(Stream inner, int limit) : Stream
{
    private const int SegmentSize = 64 * 1024;

    private readonly List<byte[]> segments = [];
    private int length;

    public bool Spilled { get; private set; }

    /// <summary>The bytes held, in order; each segment is full but the last.</summary>
    public IEnumerable<ReadOnlyMemory<byte>> Segments
    {
        get
        {
            var left = length;
            foreach (var segment in segments)
            {
                var size = Math.Min(left, SegmentSize);
                yield return segment.AsMemory(0, size);
                left -= size;
            }
        }
    }

    public int BufferedLength => length;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <summary>The bytes held, as one array (for an answer that is kept).</summary>
    public byte[] ToArray()
    {
        var copy = new byte[length];
        var at = 0;
        foreach (var segment in Segments)
        {
            segment.Span.CopyTo(copy.AsSpan(at));
            at += segment.Length;
        }

        return copy;
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default)
    {
        if (!Spilled && length + data.Length > limit)
        {
            Spilled = true;
            await CopyBufferedToAsync(inner, cancellationToken);
            Release();
        }

        if (Spilled)
        {
            await inner.WriteAsync(data, cancellationToken);
        }
        else
        {
            Append(data.Span);
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Write(byte[] buffer, int offset, int count) =>
        WriteAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override Task FlushAsync(CancellationToken cancellationToken) =>
        Spilled ? inner.FlushAsync(cancellationToken) : Task.CompletedTask;

    public override void Flush()
    {
    }

    public async Task CopyBufferedToAsync(Stream destination, CancellationToken ct)
    {
        foreach (var segment in Segments)
        {
            await destination.WriteAsync(segment, ct);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Release();
        }

        base.Dispose(disposing);
    }

    private void Append(ReadOnlySpan<byte> data)
    {
        while (!data.IsEmpty)
        {
            // Every segment held is full (or there is none yet): the bytes go on in a new one.
            if (length == segments.Count * SegmentSize)
            {
                segments.Add(ArrayPool<byte>.Shared.Rent(SegmentSize));
            }

            var used = length % SegmentSize;
            var room = segments[^1].AsSpan(used, SegmentSize - used);
            var part = Math.Min(room.Length, data.Length);
            data[..part].CopyTo(room);
            data = data[part..];
            length += part;
        }
    }

    private void Release()
    {
        foreach (var segment in segments)
        {
            ArrayPool<byte>.Shared.Return(segment);
        }

        segments.Clear();
        length = 0;
    }
}
