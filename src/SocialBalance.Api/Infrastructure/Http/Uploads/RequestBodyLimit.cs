using SocialBalance.Api.Infrastructure.Http.Errors;
using SocialBalance.Api.Infrastructure.Http.Limits;

namespace SocialBalance.Api.Infrastructure.Http.Uploads;

/// <summary>Marks an endpoint that takes a larger body than the default (the batch upload).</summary>
public sealed record LargeBodyMetadata;

/// <summary>
/// The request body limit, per endpoint: small by default, large only where marked. A declared Content-Length
/// over the limit is refused before anything is read; a chunked body is cut off the moment it passes the limit.
/// Both answer 413 as a problem (through <see cref="ProblemExceptionHandler"/>), before the handler writes anything.
/// Kestrel is told the same limit, and the stream check holds wherever the server does not enforce it.
/// </summary>
public sealed class RequestBodyLimitMiddleware(RequestDelegate next, LimitOptions limits)
{
    public Task InvokeAsync(HttpContext context)
    {
        var large = context.GetEndpoint()?.Metadata.GetMetadata<LargeBodyMetadata>() is not null;
        var limit = large ? limits.MaxBatchBodyBytes : limits.MaxRequestBodyBytes;
        if (context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        if (context.Request.ContentLength > limit)
        {
            throw TooLarge(limit);
        }

        context.Request.Body = new LimitedStream(context.Request.Body, limit);
        return next(context);
    }

    internal static BadHttpRequestException TooLarge(long limit) =>
        new($"The request body is larger than {limit} bytes.", StatusCodes.Status413PayloadTooLarge);

    /// <summary>A read-only view of the body that fails once more than the limit has been read.</summary>
    private sealed class LimitedStream(Stream inner, long limit) : Stream
    {
        private long read;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken));

        public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Count(await inner.ReadAsync(buffer.AsMemory(offset, count), cancellationToken));

        private int Count(int n)
        {
            read += n;
            return read > limit ? throw TooLarge(limit) : n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
