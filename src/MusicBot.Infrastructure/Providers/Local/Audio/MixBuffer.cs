namespace MusicBot.Infrastructure.Providers.Local.Audio;

// One stereo bus (a stem): notes are panned into float channels and some of each goes to a ping-pong echo.
// MasterStage then levels, soft-clips and fades all buses together.
internal sealed class MixBuffer
{
    private readonly float[] _left;
    private readonly float[] _right;

    // The drum and bass buses send nothing to the echo, so their send channel is never allocated.
    private float[]? _send;

    public MixBuffer(int frames)
    {
        _left = new float[frames];
        _right = new float[frames];
    }

    public int Frames => _left.Length;

    public ReadOnlySpan<float> Left => _left;

    public ReadOnlySpan<float> Right => _right;

    public void Add(int startFrame, ReadOnlySpan<float> note, float pan, float send)
    {
        // Constant-power pan keeps a note equally loud wherever it sits.
        var leftGain = (float)Math.Sqrt(0.5 * (1.0 - pan));
        var rightGain = (float)Math.Sqrt(0.5 * (1.0 + pan));
        var count = Math.Min(note.Length, Frames - startFrame);
        var left = _left.AsSpan(startFrame, count);
        var right = _right.AsSpan(startFrame, count);
        for (var i = 0; i < count; i++)
        {
            left[i] += note[i] * leftGain;
            right[i] += note[i] * rightGain;
        }

        if (send == 0f)
        {
            return;
        }

        _send ??= new float[Frames];
        var sends = _send.AsSpan(startFrame, count);
        for (var i = 0; i < count; i++)
        {
            sends[i] += note[i] * send;
        }
    }

    public void AddEcho(int delayFrames, float feedback, float wet)
    {
        if (_send is not { } send)
        {
            return;
        }

        // Repeats bounce left, right, left... and lose some treble each time, like a tape echo.
        var echoLeft = new float[Frames];
        var echoRight = new float[Frames];
        var darkened = 0f;
        for (var i = delayFrames; i < Frames; i++)
        {
            var j = i - delayFrames;
            darkened += 0.35f * (send[j] + (feedback * echoRight[j]) - darkened);
            echoLeft[i] = darkened;
            echoRight[i] = echoLeft[j];
        }

        for (var i = 0; i < Frames; i++)
        {
            _left[i] += wet * echoLeft[i];
            _right[i] += wet * echoRight[i];
        }
    }
}
