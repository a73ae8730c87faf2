using System.Buffers.Binary;
using System.Net.Http.Headers;

namespace MusicBot.Infrastructure.Providers.Remote;

/// <summary>
/// Reads a track's length from the head of its file, for providers that report none (Topview): one ranged GET of
/// the first 64 KiB. WAV: data size / byte rate. MP3: the Xing/Info frame count, else the first frame's bit rate over
/// the file size. Anything else, or any error, is "unknown" (null), never a failure.
/// </summary>
public sealed class AudioProbe(HttpClient http)
{
    private const int HeadBytes = 64 * 1024;

    public async Task<double?> DurationAsync(string? url, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return null;
        }

        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            request.Headers.Range = new RangeHeaderValue(0, HeadBytes - 1);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return null;
            }

            var total = response.Content.Headers.ContentRange?.Length ?? response.Content.Headers.ContentLength;
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            var head = new byte[HeadBytes];
            var read = await stream.ReadAtLeastAsync(head, HeadBytes, throwOnEndOfStream: false, cancellationToken);
            return Measure(head.AsSpan(0, read), total ?? read);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or Polly.Timeout.TimeoutRejectedException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return null;
        }
    }

    public static double? Measure(ReadOnlySpan<byte> head, long totalLength) =>
        head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WAVE"u8)
            ? Wav(head, totalLength)
            : Mp3(head, totalLength);

    private static double? Wav(ReadOnlySpan<byte> head, long totalLength)
    {
        uint byteRate = 0;
        for (var at = 12; at + 8 <= head.Length;)
        {
            var id = head.Slice(at, 4);
            var size = BinaryPrimitives.ReadUInt32LittleEndian(head.Slice(at + 4, 4));
            if (id.SequenceEqual("fmt "u8) && at + 20 <= head.Length)
            {
                byteRate = BinaryPrimitives.ReadUInt32LittleEndian(head.Slice(at + 16, 4));
            }
            else if (id.SequenceEqual("data"u8))
            {
                // Streamed WAVs may leave the size unset (0 or 0xFFFFFFFF): the file's length then says it.
                var dataBytes = size is 0 or uint.MaxValue ? totalLength - at - 8 : Math.Min(size, totalLength - at - 8);
                return byteRate == 0 || dataBytes <= 0 ? null : (double)dataBytes / byteRate;
            }

            at += 8 + (int)Math.Min(size + (size & 1), int.MaxValue - at);
        }

        return null;
    }

    private static double? Mp3(ReadOnlySpan<byte> head, long totalLength)
    {
        var at = 0;
        if (head.Length >= 10 && head[..3].SequenceEqual("ID3"u8))
        {
            at = 10 + ((head[6] & 0x7F) << 21 | (head[7] & 0x7F) << 14 | (head[8] & 0x7F) << 7 | (head[9] & 0x7F));
        }

        for (; at + 4 <= head.Length; at++)
        {
            if (Mp3Frame.TryParse(head[at..], out var frame))
            {
                if (frame.XingFrames is { } frames)
                {
                    return (double)frames * frame.SamplesPerFrame / frame.SampleRate;
                }

                return frame.Bitrate == 0 ? null : (totalLength - at) * 8.0 / frame.Bitrate;
            }
        }

        return null;
    }
}
