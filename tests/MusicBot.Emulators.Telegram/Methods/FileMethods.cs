using System.Text.Json.Nodes;
using MusicBot.Emulators.Telegram.Model;
using MusicBot.Emulators.Telegram.Server;

namespace MusicBot.Emulators.Telegram.Methods;

/// <summary>
/// sendAudio and sendDocument (chat-protocols §B7): a multipart upload of at most 50 MB, an HTTP URL the server
/// fetches itself (at most 20 MB, and for audio the type must be audio/mpeg or audio/mp4), or a known file_id.
/// A thumbnail counts only with an upload, as a JPEG under 200 kB (recognised by its bytes, as parts may all be typed
/// application/octet-stream). sendAudio with a format other than MP3/M4A gives a document message, not a music-player one.
/// </summary>
internal static class FileMethods
{
    private const long MaxUpload = 50L * 1024 * 1024;
    private const long MaxByUrl = 20L * 1024 * 1024;
    private const long MaxThumbnail = 200 * 1024;

    public static async Task<JsonNode> SendAsync(string kind, ApiRequest request, EmulatorWorld world, FloodMonitor flood, HttpClient fetcher, List<(BotMessage, bool)> changed, CancellationToken cancellationToken)
    {
        var chatId = request.RequiredNumber("chat_id");
        lock (world.Gate)
        {
            world.RequireChat(chatId);
        }

        var (caption, captionEntities) = TextRules.Caption(request.Text("caption"), request.Text("parse_mode"));
        var (file, viaUrl) = await ResolveAsync(kind, request, world, fetcher, cancellationToken);
        var thumbnail = viaUrl ? null : Attached(request, request.Text("thumbnail"));
        var hasThumbnail = thumbnail is { Content.Length: <= (int)MaxThumbnail } && MediaTypes.IsJpeg(thumbnail.Content);
        var mimeType = MediaTypes.Of(file);
        lock (world.Gate)
        {
            var chat = world.RequireChat(chatId);
            var (buttons, _, markup) = Markup.Read(request.Json("reply_markup", "reply keyboard markup"), allowForceReply: false);
            var replyTo = MessageJson.ReplyTo(world, chat.Id, request.Json("reply_parameters", "reply parameters"));
            flood.Admit(chat.Id);

            var id = world.NextMessageId(chat.Id);
            var json = MessageJson.Create(world, chat, world.Bot, id, replyTo);
            var fileId = world.StoreFile(file);
            var isMusic = kind == "audio" && mimeType is "audio/mpeg" or "audio/mp4" or "audio/x-m4a";
            var duration = (int)(request.Number("duration") ?? 0);
            var media = new JsonObject();
            if (isMusic)
            {
                media["duration"] = duration;
            }

            media["file_name"] = file.FileName;
            media["mime_type"] = mimeType;
            if (isMusic && request.Text("title") is { } title)
            {
                media["title"] = title;
            }

            if (isMusic && request.Text("performer") is { } performer)
            {
                media["performer"] = performer;
            }

            if (hasThumbnail)
            {
                media["thumbnail"] = new JsonObject { ["file_id"] = fileId + "thumb", ["file_unique_id"] = fileId + "t", ["width"] = 320, ["height"] = 320 };
            }

            media["file_id"] = fileId;
            media["file_unique_id"] = fileId[..^4];
            media["file_size"] = file.Content.LongLength;
            json[isMusic ? "audio" : "document"] = media;
            if (caption.Length > 0)
            {
                MessageJson.SetText(json, "caption", caption, captionEntities);
            }

            MessageJson.SetMarkup(json, markup);
            world.Messages[(chat.Id, id)] = new StoredMessage(chat.Id, id, world.Bot.Id, json);
            var message = new BotMessage
            {
                ChatId = chat.Id,
                MessageId = id,
                ReplyToMessageId = replyTo,
                Raw = request.Text("caption") ?? "",
                Text = caption,
                Buttons = buttons,
                Audio = isMusic
                    ? new SentAudio(request.Text("title"), request.Text("performer"), duration, file.FileName, mimeType, file.Content.LongLength, hasThumbnail, viaUrl)
                    : null,
                Document = isMusic ? null : new SentDocument(file.FileName, mimeType, file.Content.LongLength, file.Content),
            };
            world.BotMessages.Add(message);
            changed.Add((message, false));
            return json.DeepClone();
        }
    }

    private static async Task<(UploadedFile File, bool ViaUrl)> ResolveAsync(string kind, ApiRequest request, EmulatorWorld world, HttpClient fetcher, CancellationToken cancellationToken)
    {
        var value = request.Text(kind);
        var upload = request.Files.GetValueOrDefault(kind) ?? Attached(request, value);
        if (upload is not null)
        {
            return upload.Content.LongLength <= MaxUpload ? (upload, false) : throw new BotApiException(413, "Request Entity Too Large");
        }

        if (value is null)
        {
            throw BotApiException.BadRequest($"there is no {kind} in the request");
        }

        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return (await FetchAsync(kind, uri, fetcher, cancellationToken), true);
        }

        lock (world.Gate)
        {
            return world.StoredFiles.TryGetValue(value, out var known)
                ? (known, false)
                : throw BotApiException.BadRequest("wrong file identifier/HTTP URL specified");
        }
    }

    private static async Task<UploadedFile> FetchAsync(string kind, Uri uri, HttpClient fetcher, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await fetcher.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var type = response.Content.Headers.ContentType?.MediaType ?? "application/octet-stream";
            if (!response.IsSuccessStatusCode || response.Content.Headers.ContentLength > MaxByUrl)
            {
                throw BotApiException.BadRequest("failed to get HTTP URL content");
            }

            if (kind == "audio" && type is not ("audio/mpeg" or "audio/mp4" or "audio/x-m4a"))
            {
                throw BotApiException.BadRequest("wrong type of the web page content");
            }

            var content = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            return content.LongLength <= MaxByUrl
                ? new UploadedFile(Path.GetFileName(uri.AbsolutePath), type, content)
                : throw BotApiException.BadRequest("failed to get HTTP URL content");
        }
        catch (HttpRequestException)
        {
            throw BotApiException.BadRequest("failed to get HTTP URL content");
        }
    }

    private static UploadedFile? Attached(ApiRequest request, string? value) =>
        value is not null && value.StartsWith("attach://", StringComparison.Ordinal) ? request.Files.GetValueOrDefault(value["attach://".Length..]) : null;
}
