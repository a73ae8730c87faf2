using MusicBot.Testing;

namespace MusicBot.Infrastructure.Tests.Support;

/// <summary>A fact that reads <c>../shared/reference</c>: skipped, with the reason, when that folder is absent.</summary>
public sealed class SharedReferenceFactAttribute : FactAttribute
{
    public SharedReferenceFactAttribute()
    {
        if (!SharedReference.IsPresent)
        {
            Skip = SharedReference.SkipReason;
        }
    }
}
