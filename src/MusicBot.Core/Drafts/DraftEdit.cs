namespace MusicBot.Core.Drafts;

/// <summary>The result of setting a field: applied, or refused with a reason (and then the draft is unchanged).</summary>
public sealed record DraftEdit(FieldRefusal? Refusal, DraftView View)
{
    public bool IsApplied => Refusal is null;
}
