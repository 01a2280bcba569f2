# The quote attribution service: gunicorn + Flask + the fine-tuned model, CPU only.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 \
    HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 PORT=8000

WORKDIR /app
COPY requirements.txt .
# The CPU build of torch, so the image does not carry CUDA.
RUN pip install --index-url https://download.pytorch.org/whl/cpu torch==2.13.0 \
 && pip install -r requirements.txt

COPY gunicorn.conf.py openapi.yaml ./
COPY service ./service
COPY models/__init__.py ./models/__init__.py
COPY models/quotes ./models/quotes
COPY models/weights ./models/weights

RUN useradd --system --uid 10001 --no-create-home quotes
USER quotes

EXPOSE 8000
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD python -c "import os, urllib.request; urllib.request.urlopen(f'http://127.0.0.1:{os.environ[\"PORT\"]}/readyz', timeout=2)"
CMD ["gunicorn", "-c", "gunicorn.conf.py", "service.wsgi:app"]
