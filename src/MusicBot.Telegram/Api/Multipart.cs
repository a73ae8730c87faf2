using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MusicBot.Telegram.Api.Requests;

namespace MusicBot.Telegram.Api;

/// <summary>
/// Builds multipart/form-data bodies for uploads. Plain parameters are text parts; object parameters (reply_markup,
/// reply_parameters) go in as JSON strings, as the Bot API reads them; files are parts with a file name. Names are
/// quoted, as browsers send them. Disposing the content closes the file streams.
/// </summary>
internal static class Multipart
{
    public static MultipartFormDataContent Create() => new($"musicbot-{Guid.NewGuid():N}");

    public static MultipartFormDataContent Text(this MultipartFormDataContent content, string name, string? value)
    {
        if (value is not null)
        {
            var part = new StringContent(value, Encoding.UTF8);
            part.Headers.ContentType = null;
            part.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = Quote(name) };
            content.Add(part);
        }

        return content;
    }

    public static MultipartFormDataContent Text(this MultipartFormDataContent content, string name, long? value) =>
        content.Text(name, value?.ToString(CultureInfo.InvariantCulture));

    public static MultipartFormDataContent Json<T>(this MultipartFormDataContent content, string name, T? value, JsonTypeInfo<T> type)
        where T : class =>
        value is null ? content : content.Text(name, JsonSerializer.Serialize(value, type));

    public static async Task<MultipartFormDataContent> FileAsync(this MultipartFormDataContent content, string name, InputFile file, CancellationToken cancellationToken)
    {
        var stream = await file.OpenAsync(cancellationToken);
        var part = new StreamContent(stream);
        part.Headers.ContentType = new MediaTypeHeaderValue(file.ContentType);
        part.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = Quote(name), FileName = Quote(SafeFileName(file.FileName)) };
        content.Add(part);
        return content;
    }

    private static string Quote(string value) => $"\"{value}\"";

    /// <summary>ASCII letters, digits, dot, dash and underscore: header-safe without encoding rules.</summary>
    private static string SafeFileName(string name)
    {
        var safe = new string([.. name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_')]);
        return safe.Length == 0 ? "file" : safe;
    }
}
