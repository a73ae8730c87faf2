using System.Text.Json.Nodes;

namespace MusicBot.Emulators.Music.MusicApi;

/// <summary>MusicAPI's checks on <c>/sonic/create</c>, answering with the exact error texts of music-apis.md §3.6.</summary>
public static class MusicApiRules
{
    public static readonly HashSet<string> Models = ["sonic-v3-5", "sonic-v4", "sonic-v4-5", "sonic-v4-5-plus", "sonic-v5"];

    public static string? Check(JsonObject body, Func<string, bool> isKnownClip)
    {
        ArgumentNullException.ThrowIfNull(body);
        var taskType = (string?)body["task_type"] ?? "create_music";
        if (taskType is "extend_music" or "cover_music" && ((string?)body["continue_clip_id"] is not { } clip || !isKnownClip(clip)))
        {
            return "continue_clip_id is not a clip of this account.";
        }

        if (taskType == "extend_music" && (body["continue_at"] is not JsonValue at || !at.TryGetValue<double>(out var seconds) || seconds <= 0))
        {
            return "continue_at is required when task_type = extend_music: the second to continue from, above 0.";
        }

        // The instructions' table requires custom_mode for create, extend and cover (the guides' short examples leave it out).
        var isCustom = false;
        if ((body["custom_mode"] is not JsonValue custom || !custom.TryGetValue(out isCustom))
            && (taskType is "create_music" or "extend_music" or "cover_music" || body["custom_mode"] is not null))
        {
            return "The 'custom_mode' field should be boolean.";
        }

        if (body["make_instrumental"] is { } instrumental && (instrumental is not JsonValue value || !value.TryGetValue<bool>(out _)))
        {
            return "The 'make_instrumental' field should be boolean.";
        }

        var mv = (string?)body["mv"];
        if (mv is null || !Models.Contains(mv))
        {
            return "The 'mv' field is invalid. The model should be 'sonic-v3-5' or 'sonic-v4'.";
        }

        return Lengths(body, isCustom, mv);
    }

    private static string? Lengths(JsonObject body, bool isCustom, string mv)
    {
        var promptLimit = mv is "sonic-v3-5" or "sonic-v4" ? 3000 : 5000;
        if (((string?)body["prompt"])?.Length >= promptLimit)
        {
            return $"The prompt character length should be less than {promptLimit}.";
        }

        if (((string?)body["gpt_description_prompt"])?.Length >= 200)
        {
            return "The 'gpt_description_prompt' character length should be less than 200.";
        }

        if (((string?)body["tags"])?.Length >= 200)
        {
            return "The tags character length should be less than 200.";
        }

        if (((string?)body["title"])?.Length >= 80)
        {
            return "The title character length should be less than 80.";
        }

        if (isCustom && string.IsNullOrWhiteSpace((string?)body["prompt"]) && (string?)body["task_type"] is null or "create_music")
        {
            return "prompt is required when custom_mode is true.";
        }

        return !isCustom && string.IsNullOrWhiteSpace((string?)body["gpt_description_prompt"]) && (string?)body["task_type"] is null or "create_music"
            ? "gpt_description_prompt is required when custom_mode is false."
            : null;
    }
}
