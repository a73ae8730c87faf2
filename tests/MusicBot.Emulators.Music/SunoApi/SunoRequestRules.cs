using System.Text.Json.Nodes;

namespace MusicBot.Emulators.Music.SunoApi;

/// <summary>
/// What sunoapi checks on a music request (music-apis.md §2.3–§2.4): required fields by mode, model names, lengths
/// per model, weights and vocal gender. A failed check is an envelope error: 400, or 413 for too long.
/// </summary>
public static class SunoRequestRules
{
    public static (int Code, string Message)? CheckGenerate(JsonObject body, IReadOnlyCollection<string> models)
    {
        ArgumentNullException.ThrowIfNull(body);
        foreach (var field in new[] { "customMode", "instrumental", "callBackUrl", "model" })
        {
            if (body[field] is null)
            {
                return (400, $"{field} is required");
            }
        }

        if (body["customMode"] is not JsonValue custom || !custom.TryGetValue<bool>(out var isCustom)
            || body["instrumental"] is not JsonValue instrumentalValue || !instrumentalValue.TryGetValue<bool>(out var instrumental))
        {
            return (400, "customMode and instrumental must be booleans");
        }

        return CheckModel(body, models) ?? CheckText(body, isCustom, instrumental) ?? CheckTuning(body);
    }

    public static (int Code, string Message)? CheckModel(JsonObject body, IReadOnlyCollection<string> models)
    {
        ArgumentNullException.ThrowIfNull(body);
        var model = (string?)body["model"];
        return model is not null && models.Contains(model) ? null : (400, $"model '{model}' is not supported; use one of {string.Join(", ", models)}");
    }

    public static (int Code, string Message)? Require(JsonObject body, params string[] fields)
    {
        ArgumentNullException.ThrowIfNull(body);
        var missing = fields.FirstOrDefault(f => string.IsNullOrWhiteSpace(body[f]?.ToString()));
        return missing is null ? null : (400, $"{missing} is required");
    }

    /// <summary>
    /// Add-vocals and add-instrumental (§2.4.5–§2.4.6): <c>negativeTags</c> is required but has no minimum length, the
    /// model is optional and only V4_5PLUS or V5, the source audio an absolute URL.
    /// </summary>
    public static (int Code, string Message)? CheckAddPart(JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body["negativeTags"] is not JsonValue tags || !tags.TryGetValue<string>(out _))
        {
            return (400, "negativeTags is required");
        }

        if (body["model"] is not null && (string?)body["model"] is not ("V4_5PLUS" or "V5"))
        {
            return (400, "model must be V4_5PLUS or V5");
        }

        if (!Uri.TryCreate((string?)body["uploadUrl"], UriKind.Absolute, out var upload) || upload.Scheme is not ("http" or "https"))
        {
            return (400, "uploadUrl must be an http(s) URL");
        }

        return CheckTuning(body);
    }

    public static (int Code, string Message)? CheckTuning(JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if ((string?)body["vocalGender"] is { } gender && gender is not ("m" or "f"))
        {
            return (400, "vocalGender must be m or f");
        }

        foreach (var field in new[] { "styleWeight", "weirdnessConstraint", "audioWeight" })
        {
            if (body[field] is JsonValue value && value.TryGetValue<double>(out var number) && (number < 0 || number > 1))
            {
                return (400, $"{field} must be between 0 and 1");
            }
        }

        return null;
    }

    private static (int Code, string Message)? CheckText(JsonObject body, bool isCustom, bool instrumental)
    {
        var model = (string)body["model"]!;
        var prompt = (string?)body["prompt"] ?? "";
        if (!isCustom)
        {
            return prompt.Length == 0 ? (400, "prompt is required") : prompt.Length > 500 ? (413, "Theme or prompt too long") : null;
        }

        var required = instrumental ? new[] { "style", "title" } : ["style", "title", "prompt"];
        if (Require(body, required) is { } missing)
        {
            return missing;
        }

        var isShort = model is "V3_5" or "V4";
        var titleLimit = model is "V3_5" or "V4" or "V4_5ALL" ? 80 : 100;
        if (prompt.Length > (isShort ? 3000 : 5000) || ((string?)body["style"])?.Length > (isShort ? 200 : 1000)
            || ((string?)body["title"])?.Length > titleLimit)
        {
            return (413, "Theme or prompt too long");
        }

        return null;
    }
}
