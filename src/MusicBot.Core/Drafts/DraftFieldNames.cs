namespace MusicBot.Core.Drafts;

/// <summary>The user-facing names of draft fields, matching the chat commands that set them.</summary>
public static class DraftFieldNames
{
    public static string Display(DraftField field) => field switch
    {
        DraftField.Provider => "provider",
        DraftField.Model => "model",
        DraftField.Style => "style",
        DraftField.Lyrics => "lyrics",
        DraftField.Title => "title",
        DraftField.Instrumental => "instrumental",
        DraftField.NegativeTags => "negative tags",
        DraftField.VocalGender => "vocal gender",
        DraftField.StyleWeight => "style weight",
        DraftField.Weirdness => "weirdness",
        DraftField.AudioWeight => "audio weight",
        DraftField.EnhancePrompt => "enhance prompt",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };
}
