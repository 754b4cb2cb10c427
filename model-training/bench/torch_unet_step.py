#!/usr/bin/python3
"""PyTorch-from-Python reference for the training throughput of the bias-free UNet.

A benchmark, not a test: the same network as dev.declip.training.net.BiasFreeUNet (the engine's
UNetLayout: no bias, ReLU, MaxPool(2), ConvTranspose(2, 2), the mask as the gate (y*m, y*(1-m)),
residual output y + head, zero-padding to a multiple of 2^depth), and one training step with the
two-pass EI loss of the paper (eqs. 12 and 13) and Adam, lr 1e-3.

    x1 = f(y, m); g ~ U[0.1, 2] per example; x2 = g x1; y2 = clip(x2, -1, 1); m2 = |x2| < 1
    loss = mean((y - x1)^2 m) + mean((x2 - f(y2, m2))^2)

Prints the median seconds per step after warm-up and the seconds of 22.05 kHz audio trained per
second. Needs Debian's python3-torch (apt-get install -y python3-torch).

    /usr/bin/python3 model-training/bench/torch_unet_step.py --steps 5 --threads 2

--forward-backward times one forward and backward pass of mean(f(y, m)^2) instead, no optimiser:
the same measurement as the Java UNetStepBenchmark, for comparing the network alone.
"""
import argparse
import statistics
import time

import torch
import torch.nn.functional as F

SAMPLE_RATE = 22050


class BiasFreeUNet(torch.nn.Module):
    """Parameters named and shaped as UNetLayout documents ('.' replaced by '_' for PyTorch)."""

    def __init__(self, depth=4, base=16, kernel=9, mask_input=True, residual=True):
        super().__init__()
        self.depth, self.kernel = depth, kernel
        self.mask_input, self.residual = mask_input, residual
        self.w = torch.nn.ParameterDict()
        ch = lambda l: base << l
        cin = 2 if mask_input else 1
        for l in range(depth):
            self._add(f"down.{l}.conv1.weight", ch(l), cin, kernel)
            self._add(f"down.{l}.conv2.weight", ch(l), ch(l), kernel)
            cin = ch(l)
        self._add("bottleneck.conv1.weight", ch(depth), cin, kernel)
        self._add("bottleneck.conv2.weight", ch(depth), ch(depth), kernel)
        for l in reversed(range(depth)):
            # ConvTranspose1d weights are [Cin, Cout, k], as in ONNX; fan-in is Cin.
            self._add(f"up.{l}.upsample.weight", ch(l + 1), ch(l), 2, fan_in=ch(l + 1))
            self._add(f"up.{l}.conv1.weight", ch(l), 2 * ch(l), kernel)
            self._add(f"up.{l}.conv2.weight", ch(l), ch(l), kernel)
        self._add("head.weight", 1, ch(0), 1, scale=0.1 if residual else 1.0)

    def _add(self, name, a, b, k, fan_in=None, scale=1.0):
        std = (2.0 / (fan_in or b * k)) ** 0.5 * scale
        self.w[name.replace(".", "_")] = torch.nn.Parameter(torch.randn(a, b, k) * std)

    def _p(self, name):
        return self.w[name.replace(".", "_")]

    def _conv_relu(self, x, name):
        left = (self.kernel - 1) // 2
        x = F.pad(x, (left, self.kernel - 1 - left))
        return F.relu(F.conv1d(x, self._p(name)))

    def forward(self, y, m):
        """y, m: [N, T] -> [N, T]."""
        t = y.shape[1]
        s = y.unsqueeze(1)
        x = torch.cat([s * m.unsqueeze(1), s * (1 - m.unsqueeze(1))], 1) if self.mask_input else s
        x = F.pad(x, (0, (-t) % (1 << self.depth)))
        skips = []
        for l in range(self.depth):
            x = self._conv_relu(self._conv_relu(x, f"down.{l}.conv1.weight"), f"down.{l}.conv2.weight")
            skips.append(x)
            x = F.max_pool1d(x, 2, 2)
        x = self._conv_relu(self._conv_relu(x, "bottleneck.conv1.weight"), "bottleneck.conv2.weight")
        for l in reversed(range(self.depth)):
            x = torch.cat([F.conv_transpose1d(x, self._p(f"up.{l}.upsample.weight"), stride=2), skips[l]], 1)
            x = self._conv_relu(self._conv_relu(x, f"up.{l}.conv1.weight"), f"up.{l}.conv2.weight")
        out = F.conv1d(x, self._p("head.weight"))[:, 0, :t]
        return y + out if self.residual else out


def ei_step(net, optimizer, y, m, g_min=0.1, g_max=2.0):
    optimizer.zero_grad(set_to_none=True)
    x1 = net(y, m)
    g = torch.empty(y.shape[0], 1).uniform_(g_min, g_max)
    x2 = g * x1
    y2 = x2.clamp(-1, 1)
    m2 = (x2.abs() < 1).float().detach()
    loss = ((y - x1) ** 2 * m).mean() + ((x2 - net(y2, m2)) ** 2).mean()
    loss.backward()
    optimizer.step()
    return loss.item()


def forward_backward(net, y, m):
    net.zero_grad(set_to_none=True)
    loss = (net(y, m) ** 2).mean()
    loss.backward()
    return loss.item()


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--depth", type=int, default=4)
    p.add_argument("--base", type=int, default=16)
    p.add_argument("--kernel", type=int, default=9)
    p.add_argument("--batch", type=int, default=8)
    p.add_argument("--length", type=int, default=22050)
    p.add_argument("--steps", type=int, default=5, help="timed steps (median reported)")
    p.add_argument("--warmup", type=int, default=1)
    p.add_argument("--threads", type=int, default=0, help="torch.set_num_threads; 0 keeps the default")
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--forward-backward", action="store_true", help="time the network alone")
    a = p.parse_args()
    if a.threads > 0:
        torch.set_num_threads(a.threads)
    torch.manual_seed(a.seed)
    net = BiasFreeUNet(a.depth, a.base, a.kernel)
    optimizer = torch.optim.Adam(net.parameters(), lr=1e-3)
    y = (0.8 * torch.randn(a.batch, a.length)).clamp(-1, 1)
    m = (y.abs() < 1).float()
    weights = sum(p.numel() for p in net.parameters())
    print(f"torch {torch.__version__}, {torch.get_num_threads()} threads, {weights} weights, "
          f"batch {a.batch} x {a.length}, depth {a.depth}, base {a.base}, kernel {a.kernel}")
    times = []
    for i in range(a.warmup + a.steps):
        start = time.perf_counter()
        loss = forward_backward(net, y, m) if a.forward_backward else ei_step(net, optimizer, y, m)
        elapsed = time.perf_counter() - start
        if i >= a.warmup:
            times.append(elapsed)
        print(f"step {i}: {elapsed:.3f} s, loss {loss:.5f}{' (warm-up)' if i < a.warmup else ''}")
    median = statistics.median(times)
    audio = a.batch * a.length / SAMPLE_RATE
    print(f"median {median:.3f} s per step; {audio / median:.2f} s of audio per second")


if __name__ == "__main__":
    main()
